using System.Globalization;

namespace DisputeCenter.Samples.Marketplace;

/// <summary>What the sample does and against which site; <see cref="Parse"/> reads them from the command line.</summary>
public sealed record SampleOptions
{
    public const string KeyVariable = "DISPUTECENTER_API_KEY";

    public const string Usage = $"""
        Usage: dotnet run --project samples/MarketplaceSample -- [options]
          --site URL           the DisputeCenter site (default http://localhost:5080)
          --key KEY            an integration client's key, dck_... (default: ${KeyVariable})
          --port N             the loopback port to receive webhooks on (default 0: any free port)
          --accept-claims N    act as the seller and accept up to N claims (those waiting for the seller now, then new
                               ones as dispute.created arrives), so that refunds are instructed (default 0)
          --refunds N          stop after confirming N refunds; 0 runs until Ctrl+C or the timeout (default 1)
          --timeout SECONDS    give up after this long (default 600)
        """;

    public Uri Site { get; init; } = new("http://localhost:5080");

    public required string ApiKey { get; init; }

    public int Port { get; init; }

    public int AcceptClaims { get; init; }

    public int Refunds { get; init; } = 1;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Names this run's seller, buyer and orders (each run pushes new ones) and their idempotency keys.</summary>
    public string RunId { get; init; } = Guid.NewGuid().ToString("N")[..8];

    /// <summary>The clock the sample reads: its orders' dates and the webhook timestamps' tolerance.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The options <paramref name="args"/> give, or a <see cref="FormatException"/> saying what is wrong.</summary>
    public static SampleOptions Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new FormatException($"Expected an option and its value, got '{args[i]}'.");
            }

            given[args[i][2..]] = args[i + 1];
        }

        var unknown = given.Keys.Except(["site", "key", "port", "accept-claims", "refunds", "timeout"], StringComparer.Ordinal).FirstOrDefault();
        if (unknown is not null)
        {
            throw new FormatException($"There is no option --{unknown}.");
        }

        var key = given.GetValueOrDefault("key") ?? environment(KeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new FormatException($"Give an API key with --key or in ${KeyVariable} (script/api-key makes one for script/server's site).");
        }

        var site = given.GetValueOrDefault("site") ?? "http://localhost:5080";
        if (!Uri.TryCreate(site, UriKind.Absolute, out var siteUri) || (siteUri.Scheme != Uri.UriSchemeHttp && siteUri.Scheme != Uri.UriSchemeHttps))
        {
            throw new FormatException($"--site must be an http or https URL, not '{site}'.");
        }

        return new SampleOptions
        {
            Site = siteUri,
            ApiKey = key.Trim(),
            Port = Number(given, "port", 0, 0, 65535),
            AcceptClaims = Number(given, "accept-claims", 0, 0, 100),
            Refunds = Number(given, "refunds", 1, 0, 1000),
            Timeout = TimeSpan.FromSeconds(Number(given, "timeout", 600, 1, 86_400)),
        };
    }

    private static int Number(Dictionary<string, string> given, string name, int fallback, int min, int max)
    {
        if (!given.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FormatException($"--{name} must be a whole number from {min} to {max}, not '{text}'.");
    }
}
