using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Returns;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Disputes.Returns;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DisputeCenter.Web.Areas.Seller.Pages.Claims;

/// <summary>A claim against the seller: the buyer's side, the deadline, and the answers the dispute allows now.</summary>
public sealed class DetailsModel(
    DisputeOverviewService overviews, NegotiationService negotiation, MediationService mediation, ReturnService returns, TimeProvider clock)
    : DisputePageModel(overviews, clock)
{
    protected override DisputeActor Me => DisputeActor.Seller(User.UserId());

    public async Task<IActionResult> OnPostRespondAsync(Guid id, string? statement, CancellationToken cancellationToken) =>
        await ActAsync(id, negotiation.SellerRespondAsync(id, Me.UserId, statement ?? string.Empty, cancellationToken), "Your answer is on the dispute. The buyer can now accept an offer or answer it.", cancellationToken);

    public async Task<IActionResult> OnPostAcceptClaimAsync(Guid id, CancellationToken cancellationToken) =>
        await ActAsync(id, negotiation.SellerAcceptClaimAsync(id, Me.UserId, cancellationToken), "You accepted the buyer's claim: the dispute is settled on its terms. What happens next is shown below.", cancellationToken);

    public async Task<IActionResult> OnPostRejectAsync(Guid id, string? statement, CancellationToken cancellationToken) =>
        await ActAsync(id, negotiation.SellerRejectAsync(id, Me.UserId, statement ?? string.Empty, cancellationToken), "You rejected the claim. The buyer may answer with another offer or ask a moderator to decide.", cancellationToken);

    public async Task<IActionResult> OnPostCounterAsync(Guid id, Remedy remedy, decimal? amount, string? note, CancellationToken cancellationToken) =>
        await ActAsync(id, negotiation.CounterAsync(id, Me, remedy, amount, note, cancellationToken), "Your offer was sent to the buyer.", cancellationToken);

    public async Task<IActionResult> OnPostMediationAsync(Guid id, CancellationToken cancellationToken) =>
        await ActAsync(id, negotiation.RequestMediationAsync(id, Me, cancellationToken), "A moderator will now review both sides.", cancellationToken);

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, string? answer, CancellationToken cancellationToken) =>
        await ActAsync(id, mediation.AnswerInformationAsync(id, Me, answer ?? string.Empty, cancellationToken), "Your answer went to the moderator.", cancellationToken);

    /// <summary>What the seller typed into a return form, shown again when it is refused.</summary>
    public string? ReturnAddress { get; private set; }

    public string? ProblemStatement { get; private set; }

    public async Task<IActionResult> OnPostReturnAddressAsync(Guid id, string? address, CancellationToken cancellationToken)
    {
        ReturnAddress = address;
        return await ActAsync(id, returns.GiveAddressAsync(id, Me.UserId, address ?? string.Empty, cancellationToken), "The buyer has your return address and must now send the goods with tracking.", cancellationToken);
    }

    public async Task<IActionResult> OnPostReturnReceivedAsync(Guid id, CancellationToken cancellationToken) =>
        await ActAsync(id, returns.ConfirmReceivedAsync(id, Me.UserId, cancellationToken), "You confirmed the goods: the buyer's refund is instructed and the return is done.", cancellationToken);

    /// <summary>A problem not chosen is refused by the domain's own rule, with the form's message.</summary>
    public async Task<IActionResult> OnPostReturnProblemAsync(Guid id, ReturnProblem? problem, string? statement, CancellationToken cancellationToken)
    {
        ProblemStatement = statement;
        return await ActAsync(
            id,
            returns.ReportProblemAsync(id, Me.UserId, problem ?? ReturnProblem.NotDelivered, statement ?? string.Empty, cancellationToken),
            "A moderator will look at the returned goods and decide. Add photos of the parcel and its contents as evidence.",
            cancellationToken);
    }

    public async Task<IActionResult> OnPostAppealAsync(Guid id, string? information, CancellationToken cancellationToken) =>
        await ActAsync(id, mediation.AppealAsync(id, Me, information ?? string.Empty, cancellationToken), "Your appeal is filed; a different moderator will review it.", cancellationToken);
}
