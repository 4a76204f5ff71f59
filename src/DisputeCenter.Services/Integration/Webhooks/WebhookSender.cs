using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>Runs <see cref="WebhookDispatcher"/> on a timer (Webhooks:SendIntervalSeconds, default 5), one scope per round.</summary>
public sealed partial class WebhookSender(IServiceScopeFactory scopes, TimeProvider clock, IOptions<WebhookOptions> options, ILogger<WebhookSender> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.SendIntervalSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                WebhookRound round;
                do
                {
                    // A full batch: more may be waiting, so go on without waiting for the timer.
                    await using var scope = scopes.CreateAsyncScope();
                    round = await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().SendDueAsync(stoppingToken);
                }
                while (round.FannedOut == settings.BatchSize || (round.Claimed == settings.BatchSize && round.Succeeded == round.Claimed));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Claimed deliveries come back when their lease runs out; unclaimed events stay to be fanned out.
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook sender round failed; retrying at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
