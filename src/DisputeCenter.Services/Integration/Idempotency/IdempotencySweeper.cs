using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DisputeCenter.Services.Integration.Idempotency;

/// <summary>Deletes idempotency keys older than a day, every ten minutes, on every instance (deletes do not collide).</summary>
public sealed partial class IdempotencySweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IdempotencySweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var store = scope.ServiceProvider.GetRequiredService<IdempotencyStore>();
                int deleted;
                do
                {
                    deleted = await store.SweepAsync(1000, stoppingToken);
                }
                while (deleted == 1000);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping expired idempotency keys failed; trying again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
