namespace DisputeCenter.Domain.Disputes;

/// <summary>
/// What a moderator's decision rests on, and the facts from outside the aggregate that the rules need:
/// the citations; the dispute's submitted, visible evidence (id and name); which of those this moderator has
/// opened; the timeline statements that can be cited; the active reason codes; and the timeline length the
/// moderator saw when the form was shown.
/// </summary>
public sealed record DecisionBasis(
    IReadOnlyCollection<Citation> Citations,
    IReadOnlyDictionary<Guid, string> SubmittedEvidence,
    IReadOnlySet<Guid> OpenedEvidence,
    IReadOnlySet<int> CitableStatements,
    IReadOnlySet<string> ActiveReasonCodes,
    int SeenVersion)
{
    /// <summary>A decision resting on the buyer's claim alone, on a case with no evidence files, as it is now.</summary>
    public static DecisionBasis OnTheClaim(Dispute dispute, string reasonCode) =>
        new([Citation.BuyerClaim], new Dictionary<Guid, string>(), new HashSet<Guid>(), new HashSet<int>(), new HashSet<string>(StringComparer.Ordinal) { reasonCode }, dispute.TimelineLength);
}
