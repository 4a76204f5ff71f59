using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Deadlines;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A dispute is filed inside the filing window for its reason; no window at all refuses too.</summary>
public sealed class DisputeMustBeFiledWithinWindowRule(DisputeReason reason, TimeWindow? window, DomainText? noWindowBecause, DateTimeOffset now)
    : BusinessRule
{
    public override bool IsBroken() => window is null || !window.Contains(now);

    public override DomainText Text => window switch
    {
        null => noWindowBecause ?? Say($"A dispute for '{reason.Named()}' can't be opened on this order."),
        _ when window.IsAfter(now) => Say($"The filing window for '{reason.Named()}' opens on {window.From}."),
        _ => Say($"The filing window for '{reason.Named()}' closed on {window.Until}."),
    };
}
