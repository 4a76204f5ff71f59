using DisputeCenter.Services.Common;
using DisputeCenter.Services.Support;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Areas.Moderation.Pages.Support;

/// <summary>A support ticket for a moderator: take or release it, answer (by email and in the app), close it.</summary>
[RequestSizeLimit(AttachmentLimit.Bytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentLimit.Bytes)]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed class DetailsModel(SupportTicketService tickets) : PageModel
{
    [BindProperty]
    public string? Message { get; set; }

    public SupportTicketView View { get; private set; } = null!;

    public bool HeldByMe => View.Ticket.AssignedModeratorId == User.UserId();

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

        var result = await tickets.ReplyAsStaffAsync(User.UserId(), id, Message, FormFiles.Of(Request), cancellationToken);
        return await DoneAsync(id, result, Text.T("Your answer was sent to the customer, in the app and by email."), cancellationToken);
    }

    public async Task<IActionResult> OnPostTakeAsync(Guid id, CancellationToken cancellationToken) =>
        await DoneAsync(id, await tickets.AssignAsync(User.UserId(), id, cancellationToken), Text.T("You took the ticket: the customer's replies come to you."), cancellationToken);

    public async Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken cancellationToken) =>
        await DoneAsync(id, await tickets.ReleaseAsync(User.UserId(), id, cancellationToken), Text.T("You released the ticket; it is back in the queue for anyone."), cancellationToken);

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken) =>
        await DoneAsync(id, await tickets.CloseAsStaffAsync(User.UserId(), id, cancellationToken), Text.T("You closed the ticket."), cancellationToken);

    private async Task<IActionResult> DoneAsync(Guid id, Result result, string status, CancellationToken cancellationToken)
    {
        if (result.Status == ResultStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Messages);
            return await LoadAsync(id, cancellationToken) ?? Page();
        }

        TempData["Status"] = status;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await tickets.ForStaffAsync(id, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return null;
    }
}
