namespace DisputeCenter.Domain.Disputes;

/// <summary>
/// The groups of <see cref="DisputeStatus"/> that rules, queries and indexes share: the one definition of each, in
/// the enum's order (the database's partial indexes are generated from these lists).
/// </summary>
public static class DisputeStatuses
{
    /// <summary>Where a dispute ends: nothing more happens to it.</summary>
    public static IReadOnlyList<DisputeStatus> Ended { get; } =
        [DisputeStatus.Settled, DisputeStatus.Withdrawn, DisputeStatus.Expired, DisputeStatus.Closed];

    /// <summary>Every status before the end; an order has at most one dispute in these.</summary>
    public static IReadOnlyList<DisputeStatus> Open { get; } = [.. Enum.GetValues<DisputeStatus>().Except(Ended)];

    /// <summary>The cases on the platform's side: the moderation queues.</summary>
    public static IReadOnlyList<DisputeStatus> WithModerators { get; } =
        [DisputeStatus.InMediation, DisputeStatus.AwaitingInformation, DisputeStatus.UnderAppeal];

    public static bool IsOpen(this DisputeStatus status) => !Ended.Contains(status);
}
