using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Domain.Tests.Support;

/// <summary>Decision bases for tests: by default the buyer's claim is cited, no evidence waits to be opened, and the form is current.</summary>
internal static class Bases
{
    public static readonly IReadOnlySet<string> ReasonCodes =
        new HashSet<string> { "defect-proven", "not-as-described", "no-proof", "appeal-upheld", "appeal-granted", "appeal-dismissed", "again", "code" };

    public static DecisionBasis For(
        Dispute dispute,
        IReadOnlyCollection<Citation>? citations = null,
        IReadOnlyDictionary<Guid, string>? submitted = null,
        IReadOnlySet<Guid>? opened = null,
        IReadOnlySet<int>? statements = null,
        int? seenVersion = null) =>
        new(
            citations ?? [Citation.BuyerClaim],
            submitted ?? new Dictionary<Guid, string>(),
            opened ?? new HashSet<Guid>(),
            statements ?? new HashSet<int>(),
            ReasonCodes,
            seenVersion ?? dispute.TimelineLength);
}
