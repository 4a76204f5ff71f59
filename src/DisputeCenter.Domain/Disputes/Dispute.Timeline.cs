using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Timeline;

namespace DisputeCenter.Domain.Disputes;

public sealed partial class Dispute
{
    /// <summary>Timeline entries made since the dispute was loaded, not yet saved. Save them, then clear.</summary>
    public IReadOnlyCollection<TimelineEntry> PendingTimeline => _pendingTimeline.AsReadOnly();

    public void ClearPendingTimeline() => _pendingTimeline.Clear();

    private void Record(TimelineEvent happened, ActorKind actor, string? actorId, DateTimeOffset now)
    {
        var entry = TimelineEntry.Create(Id, TimelineLength + 1, happened.Kind, actor, actorId, now, happened.ToPayload(Status), TimelineHead);
        _pendingTimeline.Add(entry);
        TimelineLength = entry.Sequence;
        TimelineHead = entry.Hash;
        LastEventAt = entry.OccurredAt;
    }
}
