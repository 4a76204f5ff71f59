using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Persistence;

/// <summary>
/// Reads that may come from a streaming standby (<c>ConnectionStrings:DisputeCenterReadReplica</c>), because a lag of a
/// second or two cannot mislead anyone: a supplier's twelve-month record (counts and a median over a year). Nothing
/// that decides, checks a rule or shows a party their own latest action reads here; without a replica configured,
/// these reads go to the primary like every other.
/// </summary>
public sealed class ReplicaReads(DbContextOptions<DisputeCenterDbContext> options)
{
    /// <summary>A context of its own (not pooled, tracking nothing) for one read; dispose it.</summary>
    public DisputeCenterDbContext Open() => new(options);

    /// <summary>Reads on <paramref name="connectionString"/>.</summary>
    public static ReplicaReads For(string connectionString)
    {
        var options = new DbContextOptionsBuilder<DisputeCenterDbContext>();
        ServiceCollectionExtensions.UseDatabase(options, connectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return new ReplicaReads(options.Options);
    }
}
