using DisputeCenter.Services.Evidence.StageEvidence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DisputeCenter.Services.Startup;

/// <summary>Start-up's sweep of the spool files that a killed process left in the temp directory.</summary>
public static partial class AbandonedUploads
{
    public static void RemoveAbandonedUploads(this IServiceProvider services)
    {
        var removed = EvidenceSpool.RemoveAbandoned();
        if (removed > 0)
        {
            LogRemoved(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AbandonedUploads)), removed, Path.GetTempPath());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed {Count} upload spool file(s) an ended process left in {Directory}")]
    private static partial void LogRemoved(ILogger logger, int count, string directory);
}
