using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Notifications.Email;

/// <summary>Empties the email outbox on a timer (Email:SendIntervalSeconds, default 10), one scope per round.</summary>
public sealed partial class OutboxEmailSender(IServiceScopeFactory scopes, TimeProvider clock, IOptions<EmailOptions> options, ILogger<OutboxEmailSender> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.WhyCannotSend() is { } why)
        {
            LogCannotSend(logger, why);
            return;
        }

        LogStarted(logger, settings.Mode);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.SendIntervalSeconds), clock);
        do
        {
            try
            {
                OutboxRound round;
                do
                {
                    // Full batches that all went out: more may be waiting, so go on without waiting for the timer.
                    await using var scope = scopes.CreateAsyncScope();
                    round = await scope.ServiceProvider.GetRequiredService<OutboxEmailDispatcher>().SendDueAsync(stoppingToken);
                }
                while (round.Claimed == settings.BatchSize && round.Sent == round.Claimed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Claimed emails come back when their lease runs out; nothing is lost.
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The email outbox sender is not running: {Reason}")]
    private static partial void LogCannotSend(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The email outbox sender is running in {Mode} mode")]
    private static partial void LogStarted(ILogger logger, EmailMode mode);

    [LoggerMessage(Level = LogLevel.Error, Message = "An email outbox round failed; retrying at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
