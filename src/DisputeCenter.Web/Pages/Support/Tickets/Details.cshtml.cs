using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Support;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Pages.Support.Tickets;

/// <summary>One of the customer's tickets: the thread, a reply with attachments (reopening a recently closed ticket), and closing it.</summary>
[Authorize(Roles = Roles.Buyer + "," + Roles.Seller)]
[RequestSizeLimit(AttachmentLimit.Bytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentLimit.Bytes)]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed class DetailsModel(SupportTicketService tickets) : PageModel
{
    [BindProperty]
    public string? Message { get; set; }

    public SupportTicketView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostReplyAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        if (string.IsNullOrWhiteSpace(Message))
        {
            ModelState.AddModelError(nameof(Message), Text.T("Write a message first."));
            return Page();
        }

        var result = await tickets.ReplyAsCustomerAsync(User.UserId(), id, Message, FormFiles.Of(Request), cancellationToken);
        return await DoneAsync(id, result, Text.T("Your message was sent to support."), cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var result = await tickets.CloseAsCustomerAsync(User.UserId(), id, cancellationToken);
        return await DoneAsync(id, result, Text.T("Glad it is sorted. You closed the ticket; if you write in it within 14 days, it opens again."), cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(Guid id, Result result, string status, CancellationToken cancellationToken)
    {
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Messages);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Status"] = status;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await tickets.ForCustomerAsync(User.UserId(), id, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return null;
    }
}
