using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Services.Orders.OrderDetails;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Pages.Orders;

/// <summary>"I have a problem": the buyer writes to the seller first, as the real platforms ask, with optional attachments.</summary>
[RequestSizeLimit(AttachmentLimit.Bytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentLimit.Bytes)]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed class ProblemModel(
    OrderDetailsService orders, SellerConversationService conversations, IValidator<StartConversationCommand> validator) : PageModel
{
    [BindProperty]
    public StartConversationCommand Input { get; set; } = new();

    public OrderDetails Order { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var problem = await conversations.ProblemForBuyerAsync(User.UserId(), id, cancellationToken);
        return problem?.Conversation is not null ? RedirectToPage("Conversation", new { id }) : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        Input = Input with { OrderId = id };
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddValidationErrors(validation, nameof(Input));
            return Page();
        }

        var result = await conversations.StartAsync(User.UserId(), Input, FormFiles.Of(Request), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Messages);
            return Page();
        }

        TempData["Status"] = Text.T("Your message to {0} was sent. Most problems are solved this way; if the seller does not help, you can open a dispute (this page says from when).", Order.Supplier.BusinessName);
        return RedirectToPage("Conversation", new { id });
    }

    public static IEnumerable<DisputeReason> Reasons => DisputeReasons.All;

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var order = await orders.ForBuyerAsync(User.UserId(), id, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        Order = order;
        return null;
    }
}
