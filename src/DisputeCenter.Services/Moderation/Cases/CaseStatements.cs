using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;

namespace DisputeCenter.Services.Moderation.Cases;

/// <summary>A party's statement in the timeline that a decision can cite (its sequence is the reference).</summary>
public sealed record CaseStatement(int Sequence, ActorKind Actor, DisputeEventKind Kind, DateTimeOffset At, string Text)
{
    public Citation Citation => Citation.Statement(Sequence);
}

/// <summary>Which timeline entries are statements of a party: the events that carry a party's own words (<see cref="TimelineEvent.IStatement"/>).</summary>
public static class CaseStatements
{
    public static IReadOnlyList<CaseStatement> From(IEnumerable<TimelineEntry> timeline) =>
        timeline
            .Where(e => e.Actor is ActorKind.Buyer or ActorKind.Seller)
            .Select(e => (Entry: e, Event: e.Event))
            .Where(e => e.Event is TimelineEvent.IStatement)
            .Select(e => new CaseStatement(e.Entry.Sequence, e.Entry.Actor, e.Entry.Kind, e.Entry.OccurredAt, ((TimelineEvent.IStatement)e.Event).Text))
            .ToList();
}
