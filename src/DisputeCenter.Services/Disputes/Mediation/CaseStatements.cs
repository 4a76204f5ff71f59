using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;

namespace DisputeCenter.Services.Disputes.Mediation;

/// <summary>A party's statement in the timeline that a decision can cite (its sequence is the reference).</summary>
public sealed record CaseStatement(int Sequence, ActorKind Actor, DisputeEventKind Kind, DateTimeOffset At, string Text)
{
    public Citation Citation => Citation.Statement(Sequence);
}

/// <summary>Which timeline entries are statements of a party: the seller's answer or rejection, messages, appeals.</summary>
public static class CaseStatements
{
    private static readonly Dictionary<DisputeEventKind, string> TextKeys = new()
    {
        [DisputeEventKind.SellerResponded] = "statement",
        [DisputeEventKind.SellerRejected] = "statement",
        [DisputeEventKind.MessagePosted] = "body",
        [DisputeEventKind.Appealed] = "newInformation",
    };

    public static IReadOnlyList<CaseStatement> From(IEnumerable<TimelineEntry> timeline) =>
        timeline
            .Where(e => e.Actor is ActorKind.Buyer or ActorKind.Seller && TextKeys.ContainsKey(e.Kind))
            .Select(e => new CaseStatement(e.Sequence, e.Actor, e.Kind, e.OccurredAt, e.Data.GetValueOrDefault(TextKeys[e.Kind], string.Empty)))
            .ToList();
}
