using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Services.Moderation.Cases;

/// <summary>
/// A moderator's decision as typed: the amount (in the dispute's currency) only where the outcome needs one; the
/// citations in their text form (<c>evidence:{id}</c>, <c>claim</c>, <c>statement:{sequence}</c>, <c>answer:{id}</c>);
/// and the timeline length the moderator saw when the form was shown.
/// </summary>
public sealed record DecideCommand(
    Outcome Outcome, decimal? Amount, string ReasonCode, string Rationale, IReadOnlyList<string> Citations, int SeenVersion);
