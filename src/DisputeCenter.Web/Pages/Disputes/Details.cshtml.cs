using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Disputes.Returns;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DisputeCenter.Web.Pages.Disputes;

/// <summary>
/// The buyer's view of one dispute: the claim, both sides, offers, the moderator's requests and decision, the
/// timeline, and exactly the actions the dispute allows now. After each action the page says what happened.
/// </summary>
public sealed class DetailsModel(
    DisputeOverviewService overviews, NegotiationService negotiation, MediationService mediation, ReturnService returns, TimeProvider clock)
    : DisputePageModel(overviews, clock)
{
    protected override DisputeActor Me => DisputeActor.Buyer(User.UserId());

    public Task<IActionResult> OnPostAcceptAsync(Guid id, Guid offerId, CancellationToken cancellationToken) =>
        ActAsync(id, negotiation.AcceptOfferAsync(id, Me, offerId, cancellationToken), "You accepted the seller's offer: the dispute is settled on its terms. What happens next is shown below.", cancellationToken);

    public Task<IActionResult> OnPostCounterAsync(Guid id, Remedy remedy, decimal? amount, string? note, CancellationToken cancellationToken) =>
        ActAsync(id, negotiation.CounterAsync(id, Me, remedy, amount, note, cancellationToken), "Your offer was sent to the seller. They can accept it or answer with another.", cancellationToken);

    public Task<IActionResult> OnPostMediationAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, negotiation.RequestMediationAsync(id, Me, cancellationToken), "A moderator will now review both sides. You will be told if they need anything from you.", cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        ActAsync(id, negotiation.WithdrawAsync(id, User.UserId(), reason ?? string.Empty, cancellationToken), "You withdrew the dispute. Nothing is refunded; the case is closed.", cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(Guid id, string? answer, CancellationToken cancellationToken) =>
        ActAsync(id, mediation.AnswerInformationAsync(id, Me, answer ?? string.Empty, cancellationToken), "Your answer went to the moderator, who will now continue with the case.", cancellationToken);

    public Task<IActionResult> OnPostAppealAsync(Guid id, string? information, CancellationToken cancellationToken) =>
        ActAsync(id, mediation.AppealAsync(id, Me, information ?? string.Empty, cancellationToken), "Your appeal is filed. A different moderator will review the case with your new information.", cancellationToken);

    /// <summary>What the buyer typed into the return form, shown again when it is refused.</summary>
    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public Task<IActionResult> OnPostShipReturnAsync(Guid id, string? carrier, string? trackingNumber, CancellationToken cancellationToken)
    {
        (Carrier, TrackingNumber) = (carrier, trackingNumber);
        return ActAsync(
            id,
            returns.ShipAsync(id, User.UserId(), carrier ?? string.Empty, trackingNumber ?? string.Empty, cancellationToken),
            "The seller is told the goods are on their way. You are refunded when they arrive.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostMessageAsync(Guid id, string? body, CancellationToken cancellationToken) =>
        ActAsync(id, negotiation.PostMessageAsync(id, Me, body ?? string.Empty, cancellationToken), "Your message was added to the dispute.", cancellationToken);
}
