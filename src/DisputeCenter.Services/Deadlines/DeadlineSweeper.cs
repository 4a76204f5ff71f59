using DisputeCenter.Services.Notifications.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DisputeCenter.Services.Deadlines;

/// <summary>Runs <see cref="DeadlineSweep"/>, then <see cref="DeadlineReminderSweep"/>, on a timer (Deadlines:SweepIntervalSeconds, default 60).</summary>
public sealed partial class DeadlineSweeper(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<DeadlineSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Deadlines:SweepIntervalSeconds", 60));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var applied = await scope.ServiceProvider.GetRequiredService<DeadlineSweep>().SweepAsync(cancellationToken: stoppingToken);
                await scope.ServiceProvider.GetRequiredService<DeadlineReminderSweep>().SweepAsync(cancellationToken: stoppingToken);
                await scope.ServiceProvider.GetRequiredService<Disputes.FileDispute.FilingEvidenceService>().RemoveAbandonedAsync(stoppingToken);
                if (applied > 0)
                {
                    LogSwept(logger, applied);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; nothing is lost, because an unapplied consequence stays overdue.
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline sweep applied {Count} consequences")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline sweep failed; retrying at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
