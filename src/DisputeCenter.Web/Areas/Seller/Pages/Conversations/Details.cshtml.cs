using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Areas.Seller.Pages.Conversations;

/// <summary>One buyer's conversation about the seller's order: read it and answer, with attachments. Another seller's is a 404.</summary>
[RequestSizeLimit(AttachmentLimit.Bytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentLimit.Bytes)]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed class DetailsModel(SellerConversationService conversations) : PageModel
{
    [BindProperty]
    public string? Message { get; set; }

    public SellerConversationView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Message))
        {
            ModelState.AddModelError(nameof(Message), Text.T("Write a message first."));
            return Page();
        }

        var result = await conversations.PostAsync(DisputeActor.Seller(User.UserId()), id, Message, FormFiles.Of(Request), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Messages);
            return Page();
        }

        TempData["Status"] = Text.T("Your answer was sent to the buyer.");
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await conversations.ForSellerAsync(User.UserId(), id, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
