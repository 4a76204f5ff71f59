using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Services.Moderation;

/// <summary>Open cases in one state, and how many of them are past their current deadline.</summary>
public sealed record StateCount(DisputeStatus Status, int Open, int Overdue);

/// <summary>How the platform keeps up: open cases by state, overdue and stalled cases, and how fast cases get decided.</summary>
public sealed record ModerationOverview(
    IReadOnlyList<StateCount> ByState,
    int Stalled,
    int DecisionsInWindow,
    TimeSpan? MedianTimeToDecision,
    DateTimeOffset WindowStart,
    DateTimeOffset Now,
    int RefundsAwaitingPayout = 0)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    public int OpenTotal => ByState.Sum(s => s.Open);

    public int OverdueTotal => ByState.Sum(s => s.Overdue);
}
