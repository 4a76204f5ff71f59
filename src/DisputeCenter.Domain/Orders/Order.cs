using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Orders.Rules;

namespace DisputeCenter.Domain.Orders;

/// <summary>
/// A purchase from one seller. Its facts (payment, shipment, delivery) are recorded in the order
/// they happen, and its status is derived from them rather than stored.
/// </summary>
public sealed class Order : Entity
{
    public const int NumberMaxLength = 32;
    public const int PaymentReferenceMaxLength = 100;
    public const int CarrierMaxLength = 100;
    public const int TrackingNumberMaxLength = 100;

    private readonly List<OrderLine> _lines = [];

    private Order()
    {
        Number = null!;
        BuyerId = null!;
        Currency = null!;
    }

    private Order(
        Guid id, string number, string buyerId, Guid sellerId, string currency, DateTimeOffset placedAt, DateTimeOffset expectedDeliveryAt, bool assuranceCovered)
    {
        Id = id;
        Number = number;
        BuyerId = buyerId;
        SellerId = sellerId;
        Currency = Common.Currency.Of(currency).Code;
        PlacedAt = placedAt.ToUniversalTime();
        ExpectedDeliveryAt = expectedDeliveryAt.ToUniversalTime();
        AssuranceCovered = assuranceCovered;
    }

    public Guid Id { get; private set; }

    /// <summary>The number a buyer quotes, such as DC-2026-000123.</summary>
    public string Number { get; private set; }

    public string BuyerId { get; private set; }

    public Guid SellerId { get; private set; }

    public string Currency { get; private set; }

    public IReadOnlyCollection<OrderLine> Lines => _lines.AsReadOnly();

    public Money Total { get; private set; }

    /// <summary>Covered by the platform's assurance: eligible for a refund when the goods do not match the agreement.</summary>
    public bool AssuranceCovered { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public DateTimeOffset ExpectedDeliveryAt { get; private set; }

    public string? PaymentReference { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public Money? AmountPaid => PaidAt is null ? null : Total;

    public DateTimeOffset? ShippedAt { get; private set; }

    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public bool IsPaid => PaidAt is not null;

    public bool IsPartiallyDelivered => DeliveredAt is not null && _lines.Exists(l => l.QuantityDelivered < l.Quantity);

    public static Order Place(
        Guid id,
        string number,
        string buyerId,
        Guid sellerId,
        string currency,
        IReadOnlyCollection<NewOrderLine> lines,
        DateTimeOffset placedAt,
        DateTimeOffset expectedDeliveryAt,
        bool assuranceCovered)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(buyerId);
        ArgumentNullException.ThrowIfNull(lines);
        CheckRule(new OrderMustHaveLinesRule(lines.Count));
        CheckRule(new ExpectedDeliveryCannotPrecedePlacementRule(expectedDeliveryAt, placedAt));

        var order = new Order(id, number.Trim(), buyerId, sellerId, currency, placedAt, expectedDeliveryAt, assuranceCovered);
        var total = Money.Zero(order.Currency);
        foreach (var line in lines)
        {
            CheckRule(new LineQuantityMustBePositiveRule(line.ProductName, line.Quantity));
            CheckRule(new LinesMustBeInOrderCurrencyRule(order.Currency, line.UnitPrice));
            CheckRule(new UnitPriceMustBePositiveRule(line.ProductName, line.UnitPrice));
            var orderLine = new OrderLine(order._lines.Count + 1, line);
            order._lines.Add(orderLine);
            total += orderLine.LineTotal;
        }

        order.Total = total;
        return order;
    }

    public OrderStatus StatusAt(DateTimeOffset now) =>
        OrderStatusRules.Derive(PaidAt, ShippedAt, DeliveredAt, ExpectedDeliveryAt, IsPartiallyDelivered, now);

    public void RecordPayment(string reference, Money amount, DateTimeOffset paidAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        CheckRule(new OrderCanBePaidOnceRule(PaidAt));
        CheckRule(new AmountPaidMustEqualOrderTotalRule(Total, amount));
        CheckRule(new PaymentCannotPrecedePlacementRule(paidAt, PlacedAt));
        PaymentReference = reference.Trim();
        PaidAt = paidAt.ToUniversalTime();
    }

    public void Ship(string carrier, string trackingNumber, DateTimeOffset shippedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrier);
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        CheckRule(new OrderMustBePaidBeforeShippingRule(IsPaid));
        CheckRule(new OrderCanBeShippedOnceRule(ShippedAt));
        CheckRule(new ShipmentCannotPrecedePaymentRule(shippedAt, PaidAt!.Value));
        Carrier = carrier.Trim();
        TrackingNumber = trackingNumber.Trim();
        ShippedAt = shippedAt.ToUniversalTime();
    }

    /// <summary>Everything arrived.</summary>
    public void ConfirmDelivery(DateTimeOffset deliveredAt) =>
        ConfirmDelivery(deliveredAt, _lines.ToDictionary(l => l.LineNumber, l => l.Quantity));

    /// <summary>
    /// A delivery, possibly incomplete: how many of each line (by line number) arrived.
    /// Lines not named did not arrive at all.
    /// </summary>
    public void ConfirmDelivery(DateTimeOffset deliveredAt, IReadOnlyDictionary<int, int> deliveredByLine)
    {
        ArgumentNullException.ThrowIfNull(deliveredByLine);
        CheckRule(new OrderMustBeShippedBeforeDeliveryRule(ShippedAt));
        CheckRule(new OrderCanBeDeliveredOnceRule(DeliveredAt));
        CheckRule(new DeliveryCannotPrecedeShipmentRule(deliveredAt, ShippedAt!.Value));
        foreach (var line in _lines)
        {
            CheckRule(new DeliveredQuantityMustNotExceedOrderedRule(
                line.ProductName, line.Quantity, deliveredByLine.GetValueOrDefault(line.LineNumber)));
        }

        foreach (var line in _lines)
        {
            line.RecordDelivered(deliveredByLine.GetValueOrDefault(line.LineNumber));
        }

        DeliveredAt = deliveredAt.ToUniversalTime();
    }
}
