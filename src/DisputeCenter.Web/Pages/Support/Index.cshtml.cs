using DisputeCenter.Domain.Support;
using DisputeCenter.Domain.Support.Rules;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Support;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Pages.Support;

/// <summary>"Contact support": a buyer or seller asks the platform, about one of their orders or disputes or anything else.</summary>
[Authorize(Roles = Roles.Buyer + "," + Roles.Seller)]
[RequestSizeLimit(AttachmentLimit.Bytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentLimit.Bytes)]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed class IndexModel(SupportTicketService tickets, SupportQueueService lists, IValidator<OpenTicketCommand> validator) : PageModel
{
    [BindProperty]
    public OpenTicketCommand Input { get; set; } = new();

    public SupportChoices Choices { get; private set; } = new([], []);

    public static IReadOnlyList<SupportTopic> Topics => SupportTopics.All;

    /// <summary>Arriving from an order's or a dispute's page, the form names it and the matching topic.</summary>
    public async Task OnGetAsync(Guid? orderId, Guid? disputeId, CancellationToken cancellationToken)
    {
        Choices = await lists.ChoicesAsync(User.UserId(), cancellationToken);
        if (disputeId is { } dispute && Choices.Disputes.Any(d => d.Id == dispute))
        {
            Input = Input with { Topic = SupportTopic.Dispute, DisputeId = dispute };
        }
        else if (orderId is { } order && Choices.Orders.Any(o => o.Id == order))
        {
            Input = Input with { Topic = SupportTopic.Order, OrderId = order };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Choices = await lists.ChoicesAsync(User.UserId(), cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddValidationErrors(validation, nameof(Input));
            return Page();
        }

        var result = await tickets.OpenAsync(User.UserId(), Input, FormFiles.Of(Request), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(FieldOf(result), result.Messages);
            return Page();
        }

        TempData["Status"] = Text.T("Thank you: your question reached our support team. We answer here and by email, usually within one working day.");
        return RedirectToPage("Tickets/Details", new { id = result.Value });
    }

    private static string FieldOf(Services.Common.Result result) =>
        result.BrokenRule switch
        {
            TopicMustNameWhatItIsAboutRule => string.Empty,
            SupportSubjectMustBeGivenRule => $"{nameof(Input)}.{nameof(OpenTicketCommand.Subject)}",
            SupportMessageMustBeGivenRule => $"{nameof(Input)}.{nameof(OpenTicketCommand.Message)}",
            _ when result.Messages.Contains(SupportTicketService.NotYourOrder) => $"{nameof(Input)}.{nameof(OpenTicketCommand.OrderId)}",
            _ when result.Messages.Contains(SupportTicketService.NotYourDispute) => $"{nameof(Input)}.{nameof(OpenTicketCommand.DisputeId)}",
            _ => string.Empty,
        };
}
