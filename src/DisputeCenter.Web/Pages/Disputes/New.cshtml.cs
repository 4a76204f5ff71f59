using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Services.Disputes.FileDispute;
using DisputeCenter.Services.Orders.OrderDetails;
using DisputeCenter.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Pages.Disputes;

/// <summary>
/// Opening a dispute, step by step (reason, details, evidence to prepare, review). What was entered travels with
/// the form, so going back and forth loses nothing and no JavaScript is needed; the form's own dispute id makes a
/// double submit file once.
/// </summary>
public sealed class NewModel(
    OrderDetailsService orders, SellerConversationService conversations, FileDisputeService filing, IValidator<FileDisputeCommand> validator) : PageModel
{
    public static readonly string[] Steps = ["reason", "details", "evidence", "review"];

    [BindProperty(SupportsGet = true)]
    public Guid OrderId { get; set; }

    [BindProperty]
    public FileDisputeCommand Input { get; set; } = new();

    [BindProperty]
    public string Step { get; set; } = Steps[0];

    public OrderDetails Order { get; private set; } = null!;

    public OrderProblem Problem { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } notFound)
        {
            return notFound;
        }

        Input = new FileDisputeCommand { DisputeId = Guid.CreateVersion7(), Reason = Problem.Conversation?.Reason ?? default, AmountClaimed = Order.Total.Amount };
        return Page();
    }

    /// <summary>Moves to the step named by the button pressed; forward moves check the steps passed.</summary>
    public async Task<IActionResult> OnPostAsync(string go, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } notFound)
        {
            return notFound;
        }

        Input = Input with { OrderId = OrderId };
        ModelState.Clear();
        var target = Array.IndexOf(Steps, go);
        if (target < 0)
        {
            return BadRequest();
        }

        if (target > Array.IndexOf(Steps, "details"))
        {
            var validation = await validator.ValidateAsync(Input, cancellationToken);
            if (!validation.IsValid)
            {
                ModelState.AddValidationErrors(validation, nameof(Input));
                Step = "details";
                return Page();
            }
        }

        Step = Steps[target];
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } notFound)
        {
            return notFound;
        }

        Input = Input with { OrderId = OrderId };
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddValidationErrors(validation, nameof(Input));
            Step = "details";
            return Page();
        }

        var result = await filing.FileAsync(User.UserId(), Input, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Messages);
            Step = "review";
            return Page();
        }

        TempData["Status"] = Display.T("Your dispute is open. The seller has been asked to answer; add your evidence now, it makes the strongest case.");
        return RedirectToPage("/Evidence/Index", new { disputeId = result.Value });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var order = await orders.ForBuyerAsync(User.UserId(), OrderId, cancellationToken);
        var problem = await conversations.ProblemForBuyerAsync(User.UserId(), OrderId, cancellationToken);
        if (order is null || problem is null)
        {
            return NotFound();
        }

        (Order, Problem) = (order, problem);
        return null;
    }
}
