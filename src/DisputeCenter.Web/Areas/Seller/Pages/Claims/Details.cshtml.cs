using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Mediation;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Seller.Pages.Claims;

/// <summary>A claim against the seller: the buyer's side, the deadline, and the answers the dispute allows now.</summary>
public sealed class DetailsModel(DisputeOverviewService overviews, NegotiationService negotiation, MediationService mediation, TimeProvider clock)
    : PageModel
{
    public DisputeOverview Overview { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public Dispute Dispute => Overview.Dispute;

    public bool Can(DisputeAction action) => Overview.AvailableActions.Contains(action);

    private string Me => User.UserId();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRespondAsync(Guid id, string? statement, CancellationToken cancellationToken) =>
        await HandleAsync(id, await negotiation.SellerRespondAsync(id, Me, statement ?? string.Empty, cancellationToken), "Your answer is on the dispute. The buyer can now accept an offer or answer it.", cancellationToken);

    public async Task<IActionResult> OnPostAcceptClaimAsync(Guid id, CancellationToken cancellationToken) =>
        await HandleAsync(id, await negotiation.SellerAcceptClaimAsync(id, Me, cancellationToken), "You accepted the buyer's claim: the dispute is settled and the refund is recorded.", cancellationToken);

    public async Task<IActionResult> OnPostRejectAsync(Guid id, string? statement, CancellationToken cancellationToken) =>
        await HandleAsync(id, await negotiation.SellerRejectAsync(id, Me, statement ?? string.Empty, cancellationToken), "You rejected the claim. The buyer may answer with another offer or ask a moderator to decide.", cancellationToken);

    public async Task<IActionResult> OnPostCounterAsync(Guid id, Remedy remedy, decimal? amount, string? note, CancellationToken cancellationToken) =>
        await HandleAsync(id, await negotiation.CounterAsync(id, DisputeActor.Seller(Me), remedy, amount, note, cancellationToken), "Your offer was sent to the buyer.", cancellationToken);

    public async Task<IActionResult> OnPostMediationAsync(Guid id, CancellationToken cancellationToken) =>
        await HandleAsync(id, await negotiation.RequestMediationAsync(id, DisputeActor.Seller(Me), cancellationToken), "A moderator will now review both sides.", cancellationToken);

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, string? answer, CancellationToken cancellationToken) =>
        await HandleAsync(id, await mediation.AnswerInformationAsync(id, DisputeActor.Seller(Me), answer ?? string.Empty, cancellationToken), "Your answer went to the moderator.", cancellationToken);

    public async Task<IActionResult> OnPostAppealAsync(Guid id, string? information, CancellationToken cancellationToken) =>
        await HandleAsync(id, await mediation.AppealAsync(id, DisputeActor.Seller(Me), information ?? string.Empty, cancellationToken), "Your appeal is filed; a different moderator will review it.", cancellationToken);

    private async Task<IActionResult> HandleAsync(Guid id, CommandResult result, string done, CancellationToken cancellationToken)
    {
        if (result.Status == CommandStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Status"] = done;
            return RedirectToPage(new { id });
        }

        ModelState.AddErrors(result.Errors);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        var overview = await overviews.GetAsync(id, DisputeActor.Seller(Me), cancellationToken);
        if (overview is null)
        {
            return false;
        }

        Overview = overview;
        return true;
    }
}
