using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Deadlines;

namespace DisputeCenter.Services.Deadlines.PolicyTable;

/// <summary>One version of one row, with the name of whoever made it (null: the platform shipped it).</summary>
public sealed record PolicyVersion(Guid Id, int Version, DeadlineDurations Durations, DateTimeOffset CreatedAt, string? CreatedBy);

/// <summary>
/// One row of the policy table (a category and reason key): the version in force, what the platform shipped for
/// it (null for a row an administrator added), and every version, newest first.
/// </summary>
public sealed record PolicyRow(string? CategoryCode, DisputeReason? Reason, PolicyVersion Current, DeadlineDurations? Shipped, IReadOnlyList<PolicyVersion> History)
{
    public Guid CurrentId => Current.Id;
}
