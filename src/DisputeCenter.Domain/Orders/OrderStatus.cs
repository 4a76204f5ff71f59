namespace DisputeCenter.Domain.Orders;

/// <summary>Where an order stands, derived from its facts and the current time; never stored.</summary>
public enum OrderStatus
{
    AwaitingPayment,
    AwaitingShipment,
    InTransit,
    Late,
    PartiallyDelivered,
    Delivered,
}
