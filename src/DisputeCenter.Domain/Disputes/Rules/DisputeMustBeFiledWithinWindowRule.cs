using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Deadlines;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A dispute is filed inside the filing window for its reason; no window at all refuses too.</summary>
public sealed class DisputeMustBeFiledWithinWindowRule(DisputeReason reason, TimeWindow? window, string? noWindowBecause, DateTimeOffset now)
    : IBusinessRule
{
    public bool IsBroken() => window is null || !window.Contains(now);

    public string Message => window switch
    {
        null => noWindowBecause ?? $"A dispute for '{reason.Title()}' can't be opened on this order.",
        _ when window.IsAfter(now) => $"The filing window for '{reason.Title()}' opens on {UtcText.Format(window.From)}.",
        _ => $"The filing window for '{reason.Title()}' closed on {UtcText.Format(window.Until)}.",
    };
}
