namespace DisputeCenter.Samples.Marketplace;

/// <summary>The command line around <see cref="MarketplaceSample"/>: options in, Ctrl+C to stop, an exit code out.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--help"] or ["-h"])
        {
            await Console.Out.WriteLineAsync(SampleOptions.Usage);
            return 0;
        }

        SampleOptions options;
        try
        {
            options = SampleOptions.Parse(args, Environment.GetEnvironmentVariable);
        }
        catch (FormatException e)
        {
            await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + Environment.NewLine + SampleOptions.Usage);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        try
        {
            var report = await new MarketplaceSample(options, Console.Out).RunAsync(stop.Token);
            return report.Succeeded ? 0 : 1;
        }
        catch (DisputeCenterApiException e)
        {
            await Console.Error.WriteLineAsync($"error: the API refused: {e.Message}");
            return 1;
        }
        catch (HttpRequestException e)
        {
            await Console.Error.WriteLineAsync($"error: could not reach {options.Site} ({e.Message}). Is script/server running?");
            return 1;
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            await Console.Error.WriteLineAsync($"error: {options.Site} did not answer within 30 seconds.");
            return 1;
        }
    }
}
