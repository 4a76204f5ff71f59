using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>The carrier's delivery of a return happened after the buyer shipped it, and not in the future.</summary>
public sealed class CarrierDeliveryMustFollowShippingRule(DateTimeOffset deliveredAt, DateTimeOffset shippedAt, DateTimeOffset now) : BusinessRule
{
    /// <summary>The clocks of the marketplace and the platform may differ by this much.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public override bool IsBroken() => deliveredAt < shippedAt - ClockSkew || deliveredAt > now + ClockSkew;

    public override DomainText Text => deliveredAt > now + ClockSkew
        ? Say($"A delivery can't be reported before it happened ({deliveredAt}).")
        : Say($"The return was shipped on {shippedAt}; it can't have been delivered before, on {deliveredAt}.");
}
