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
    int SeenVersion);
