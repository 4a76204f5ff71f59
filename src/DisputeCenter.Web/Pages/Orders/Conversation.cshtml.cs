using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Services.Orders.OrderDetails;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Pages.Orders;

/// <summary>The buyer's thread with the seller about an order, and when a formal dispute becomes possible.</summary>
[RequestSizeLimit(AttachmentLimit.Bytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentLimit.Bytes)]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed class ConversationModel(OrderDetailsService orders, SellerConversationService conversations) : PageModel
{
    [BindProperty]
    public string? Message { get; set; }

    public OrderDetails Order { get; private set; } = null!;

    public OrderProblem Problem { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? (Problem.Conversation is null ? RedirectToPage("Problem", new { id }) : Page());

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

        var result = await conversations.PostAsync(DisputeActor.Buyer(User.UserId()), Problem.Conversation!.Id, Message, FormFiles.Of(Request), cancellationToken);
        return Done(id, result, Text.T("Your message was sent."));
    }

    public async Task<IActionResult> OnPostFailedAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var result = await conversations.MarkFailedAsync(User.UserId(), Problem.Conversation!.Id, cancellationToken);
        return Done(id, result, Text.T("You marked the talks as failed. You can open a dispute now."));
    }

    public async Task<IActionResult> OnPostResolvedAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var result = await conversations.MarkResolvedAsync(User.UserId(), Problem.Conversation!.Id, cancellationToken);
        return Done(id, result, Text.T("Glad it is sorted. If the problem comes back, write to the seller again."));
    }

    private IActionResult Done(Guid id, Services.Common.Result result, string status)
    {
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Messages);
            return Page();
        }

        TempData["Status"] = status;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var order = await orders.ForBuyerAsync(User.UserId(), id, cancellationToken);
        var problem = await conversations.ProblemForBuyerAsync(User.UserId(), id, cancellationToken);
        if (order is null || problem is null)
        {
            return NotFound();
        }

        (Order, Problem) = (order, problem);
        return null;
    }
}
