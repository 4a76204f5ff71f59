namespace DisputeCenter.Samples.Marketplace;

/// <summary>What a run did.</summary>
public sealed record SampleReport(
    IReadOnlyList<PushedOrder> Orders, IReadOnlyList<Guid> AcceptedClaims, IReadOnlyList<ConfirmedRefund> Refunds,
    int EventsReceived, int Rejected, int Duplicates, bool Succeeded);

public sealed record PushedOrder(string ExternalId, string Number, Guid Id, Money Total, string PaymentReference, bool Delivered);

public sealed record ConfirmedRefund(Guid RefundId, Guid DisputeId, Money Amount, string Reference);
