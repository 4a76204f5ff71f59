using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Services.Persistence.Configurations;

/// <summary>The SQL of a partial index on <c>disputes.status</c>, written from the domain's <see cref="DisputeStatuses"/>.</summary>
internal static class StatusFilter
{
    public static string In(IEnumerable<DisputeStatus> statuses) => $"status IN ({List(statuses)})";

    public static string NotIn(IEnumerable<DisputeStatus> statuses) => $"status NOT IN ({List(statuses)})";

    private static string List(IEnumerable<DisputeStatus> statuses) => string.Join(", ", statuses.Select(s => $"'{s}'"));
}
