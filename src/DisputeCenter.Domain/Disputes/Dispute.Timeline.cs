using DisputeCenter.Domain.Disputes.Timeline;

namespace DisputeCenter.Domain.Disputes;

public sealed partial class Dispute
{
    /// <summary>Timeline entries made since the dispute was loaded, not yet saved. Save them, then clear.</summary>
    public IReadOnlyCollection<TimelineEntry> PendingTimeline => _pendingTimeline.AsReadOnly();

    public void ClearPendingTimeline() => _pendingTimeline.Clear();

    private void Record(DisputeEventKind kind, ActorKind actor, string? actorId, DateTimeOffset now, params (string Key, string? Value)[] data)
    {
        var payload = TimelinePayload.From(
            data.Select(d => KeyValuePair.Create(d.Key, d.Value)).Append(KeyValuePair.Create("status", (string?)Status.ToString())));
        var entry = TimelineEntry.Create(Id, TimelineLength + 1, kind, actor, actorId, now, payload, TimelineHead);
        _pendingTimeline.Add(entry);
        TimelineLength = entry.Sequence;
        TimelineHead = entry.Hash;
    }
}
