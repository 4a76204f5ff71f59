namespace DisputeCenter.Services.Seeding;

/// <summary>The situations the demo orders are spread over, so every lifecycle path can be tried at once.</summary>
internal enum DemoOrderSituation
{
    DeliveredRecently,
    DeliveredLongAgo,
    InTransit,
    Late,
    NeverShipped,
    PartiallyDelivered,
    AwaitingShipment,
    AwaitingPayment,
}
