using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;

namespace DisputeCenter.Services.Disputes.Negotiation;

/// <summary>The parties between themselves: the seller's answer, offers and counter-offers, settling, withdrawing, asking for a moderator.</summary>
public sealed class NegotiationService(DisputeChangeRunner disputes)
{
    public Task<Result> SellerRespondAsync(Guid disputeId, string sellerUserId, string statement, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, DisputeActor.Seller(sellerUserId), (d, now) => d.SellerRespond(sellerUserId, statement, now), cancellationToken);

    public Task<Result> SellerAcceptClaimAsync(Guid disputeId, string sellerUserId, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, DisputeActor.Seller(sellerUserId), (d, now) => d.SellerAcceptClaim(sellerUserId, now), cancellationToken);

    public Task<Result> SellerRejectAsync(Guid disputeId, string sellerUserId, string statement, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, DisputeActor.Seller(sellerUserId), (d, now) => d.SellerReject(sellerUserId, statement, now), cancellationToken);

    /// <summary>A counter-offer by either party; the amount (in the dispute's currency) only for refunds.</summary>
    public Task<Result<Guid>> CounterAsync(
        Guid disputeId, DisputeActor actor, Remedy remedy, decimal? amount, string? note, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(
            disputeId,
            actor,
            (d, now) =>
            {
                var money = amount is { } value ? new Money(decimal.Round(value, Currency.Of(d.Currency).Decimals), d.Currency) : (Money?)null;
                var offer = actor.Party == Party.Seller
                    ? d.SellerCounter(actor.UserId, remedy, money, note, now)
                    : d.BuyerCounter(actor.UserId, remedy, money, note, now);
                return offer.Id;
            },
            cancellationToken);

    public Task<Result> AcceptOfferAsync(Guid disputeId, DisputeActor actor, Guid offerId, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, actor, (d, now) => d.AcceptStandingOffer(actor.Party, actor.UserId, offerId, now), cancellationToken);

    public Task<Result> WithdrawAsync(Guid disputeId, string buyerId, string reason, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, DisputeActor.Buyer(buyerId), (d, now) => d.Withdraw(buyerId, reason, now), cancellationToken);

    public Task<Result> RequestMediationAsync(Guid disputeId, DisputeActor actor, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, actor, (d, now) => d.RequestMediation(actor.Party, actor.UserId, now), cancellationToken);

    public Task<Result> PostMessageAsync(Guid disputeId, DisputeActor actor, string body, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, actor, (d, now) => d.PostMessage(actor.Party, actor.UserId, body, now), cancellationToken);
}
