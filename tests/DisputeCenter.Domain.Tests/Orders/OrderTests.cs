using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Domain.Orders.Rules;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Orders;

public class OrderTests
{
    [Fact]
    public void The_total_is_the_sum_of_the_lines()
    {
        var order = Placed();

        Assert.Equal(Usd(100m), order.Total);
        Assert.Equal([1, 2], order.Lines.Select(l => l.LineNumber));
    }

    [Fact]
    public void An_order_without_lines_is_refused()
    {
        var ex = Assert.Throws<BusinessRuleValidationException>(() => Order.Place(
            Guid.NewGuid(), "DC-1", BuyerId, SellerId, "USD", [], PlacedAt, ExpectedDeliveryAt, false));

        Assert.IsType<OrderMustHaveLinesRule>(ex.BrokenRule);
    }

    [Fact]
    public void A_line_priced_in_another_currency_is_refused()
    {
        var ex = Assert.Throws<BusinessRuleValidationException>(() => Order.Place(
            Guid.NewGuid(), "DC-1", BuyerId, SellerId, "USD", [new("Lamp", "home-garden", 1, new Money(5m, "EUR"))], PlacedAt, ExpectedDeliveryAt, false));

        Assert.IsType<LinesMustBeInOrderCurrencyRule>(ex.BrokenRule);
    }

    [Fact]
    public void Expected_delivery_before_placement_is_refused()
    {
        var ex = Assert.Throws<BusinessRuleValidationException>(() => Order.Place(
            Guid.NewGuid(), "DC-1", BuyerId, SellerId, "USD", [new("Lamp", "home-garden", 1, Usd(5m))], PlacedAt, PlacedAt.AddDays(-1), false));

        Assert.IsType<ExpectedDeliveryCannotPrecedePlacementRule>(ex.BrokenRule);
    }

    [Fact]
    public void The_amount_paid_must_equal_the_total()
    {
        var order = Placed();

        var ex = Assert.Throws<BusinessRuleValidationException>(() => order.RecordPayment("PAY-1", Usd(99.99m), PaidAt));

        Assert.IsType<AmountPaidMustEqualOrderTotalRule>(ex.BrokenRule);
        Assert.Null(order.AmountPaid);
    }

    [Fact]
    public void A_paid_order_reports_the_amount_paid()
    {
        var order = Paid();

        Assert.Equal(Usd(100m), order.AmountPaid);
        Assert.True(order.IsPaid);
    }

    [Fact]
    public void An_order_is_paid_once()
    {
        var order = Paid();

        var ex = Assert.Throws<BusinessRuleValidationException>(() => order.RecordPayment("PAY-2", order.Total, PaidAt));

        Assert.IsType<OrderCanBePaidOnceRule>(ex.BrokenRule);
    }

    [Fact]
    public void Shipping_an_unpaid_order_is_refused()
    {
        var ex = Assert.Throws<BusinessRuleValidationException>(() => Placed().Ship("DHL", "JD1", ShippedAt));

        Assert.IsType<OrderMustBePaidBeforeShippingRule>(ex.BrokenRule);
    }

    [Fact]
    public void Delivery_before_shipping_is_refused()
    {
        var order = Shipped();

        var ex = Assert.Throws<BusinessRuleValidationException>(() => order.ConfirmDelivery(ShippedAt.AddSeconds(-1)));

        Assert.IsType<DeliveryCannotPrecedeShipmentRule>(ex.BrokenRule);
    }

    [Fact]
    public void Delivery_at_the_moment_of_shipping_is_accepted()
    {
        var order = Shipped();

        order.ConfirmDelivery(ShippedAt);

        Assert.Equal(ShippedAt, order.DeliveredAt);
    }

    [Fact]
    public void Delivery_of_an_order_never_shipped_is_refused()
    {
        var ex = Assert.Throws<BusinessRuleValidationException>(() => Paid().ConfirmDelivery(DeliveredAt));

        Assert.IsType<OrderMustBeShippedBeforeDeliveryRule>(ex.BrokenRule);
    }

    [Fact]
    public void Delivering_more_than_ordered_is_refused()
    {
        var order = Shipped();

        var ex = Assert.Throws<BusinessRuleValidationException>(
            () => order.ConfirmDelivery(DeliveredAt, new Dictionary<int, int> { [1] = 3, [2] = 1 }));

        Assert.IsType<DeliveredQuantityMustNotExceedOrderedRule>(ex.BrokenRule);
    }

    [Fact]
    public void A_partial_delivery_is_reported_as_such()
    {
        var order = Shipped();

        order.ConfirmDelivery(DeliveredAt, new Dictionary<int, int> { [1] = 1 });

        Assert.True(order.IsPartiallyDelivered);
        Assert.Equal(OrderStatus.PartiallyDelivered, order.StatusAt(DeliveredAt));
        Assert.Equal([1, 1], order.Lines.Select(l => l.QuantityMissing));
    }

    [Fact]
    public void Stored_instants_are_normalised_to_utc()
    {
        var order = Paid();
        order.Ship("DHL", "JD1", new DateTimeOffset(2026, 10, 3, 12, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal(TimeSpan.Zero, order.ShippedAt!.Value.Offset);
        Assert.Equal(4, order.ShippedAt.Value.Hour);
    }

    [Fact]
    public void Status_is_awaiting_payment_until_paid()
    {
        Assert.Equal(OrderStatus.AwaitingPayment, Placed().StatusAt(ExpectedDeliveryAt.AddDays(10)));
    }

    [Fact]
    public void Status_is_awaiting_shipment_once_paid()
    {
        Assert.Equal(OrderStatus.AwaitingShipment, Paid().StatusAt(PaidAt));
    }

    [Fact]
    public void Status_is_in_transit_once_shipped()
    {
        Assert.Equal(OrderStatus.InTransit, Shipped().StatusAt(ShippedAt));
    }

    [Fact]
    public void Status_is_late_once_the_expected_delivery_passes_without_delivery()
    {
        Assert.Equal(OrderStatus.InTransit, Shipped().StatusAt(ExpectedDeliveryAt));
        Assert.Equal(OrderStatus.Late, Shipped().StatusAt(ExpectedDeliveryAt.AddSeconds(1)));
        Assert.Equal(OrderStatus.Late, Paid().StatusAt(ExpectedDeliveryAt.AddSeconds(1)));
    }

    [Fact]
    public void Status_is_delivered_once_everything_arrived()
    {
        Assert.Equal(OrderStatus.Delivered, Delivered().StatusAt(ExpectedDeliveryAt.AddDays(30)));
    }
}
