using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

/// <summary>Base for the rules that keep an order's facts in the order they happen in.</summary>
public abstract class EventCannotPrecedeRule(string laterEvent, DateTimeOffset laterAt, string earlierEvent, DateTimeOffset earlierAt)
    : BusinessRule
{
    public override bool IsBroken() => laterAt < earlierAt;

    public override DomainText Text => Say($"The {DomainText.Plain(laterEvent)} date ({laterAt}) cannot be before the {DomainText.Plain(earlierEvent)} date ({earlierAt}).");
}

public sealed class PaymentCannotPrecedePlacementRule(DateTimeOffset paidAt, DateTimeOffset placedAt)
    : EventCannotPrecedeRule("payment", paidAt, "order", placedAt);

public sealed class ShipmentCannotPrecedePaymentRule(DateTimeOffset shippedAt, DateTimeOffset paidAt)
    : EventCannotPrecedeRule("shipping", shippedAt, "payment", paidAt);

public sealed class DeliveryCannotPrecedeShipmentRule(DateTimeOffset deliveredAt, DateTimeOffset shippedAt)
    : EventCannotPrecedeRule("delivery", deliveredAt, "shipping", shippedAt);

public sealed class ExpectedDeliveryCannotPrecedePlacementRule(DateTimeOffset expectedAt, DateTimeOffset placedAt)
    : EventCannotPrecedeRule("expected delivery", expectedAt, "order", placedAt);
