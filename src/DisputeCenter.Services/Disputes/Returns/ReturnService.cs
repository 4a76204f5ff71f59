using DisputeCenter.Domain.Disputes.Returns;
using DisputeCenter.Services.Common;

namespace DisputeCenter.Services.Disputes.Returns;

/// <summary>
/// Return and refund, step by step, each through the dispute's own rules: the seller's address, the buyer's tracking,
/// the carrier's delivery as the marketplace reports it, and the seller's receipt or the problem it reports.
/// </summary>
public sealed class ReturnService(DisputeChangeRunner disputes)
{
    public Task<Result> GiveAddressAsync(Guid disputeId, string sellerUserId, string address, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, DisputeActor.Seller(sellerUserId), (d, now) => d.GiveReturnAddress(sellerUserId, address, now), cancellationToken);

    public Task<Result> ShipAsync(Guid disputeId, string buyerId, string carrier, string trackingNumber, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, DisputeActor.Buyer(buyerId), (d, now) => d.ShipReturn(buyerId, carrier, trackingNumber, now), cancellationToken);

    public Task<Result> ConfirmReceivedAsync(Guid disputeId, string sellerUserId, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, DisputeActor.Seller(sellerUserId), (d, now) => d.ConfirmReturnReceived(sellerUserId, now), cancellationToken);

    public Task<Result> ReportProblemAsync(
        Guid disputeId, string sellerUserId, ReturnProblem problem, string statement, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, DisputeActor.Seller(sellerUserId), (d, now) => d.ReportReturnProblem(sellerUserId, problem, statement, now), cancellationToken);

    /// <summary>The marketplace reports that the carrier delivered the return (its tracking shows it).</summary>
    public Task<Result> RecordCarrierDeliveryAsync(Guid disputeId, DisputeActor reporter, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, reporter, (d, now) => d.RecordReturnDelivered(deliveredAt, now), cancellationToken);
}
