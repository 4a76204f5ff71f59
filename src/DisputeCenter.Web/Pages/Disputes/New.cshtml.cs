using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Services.Disputes.FileDispute;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Services.Orders.OrderDetails;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Pages.Disputes;

/// <summary>
/// Opening a dispute, step by step (reason, details, evidence, review). What was entered travels with the form, so
/// going back and forth loses nothing and no JavaScript is needed; the form's own dispute id makes a double submit
/// file once. Files chosen in the form are staged in the evidence vault against that id whichever button is pressed,
/// and become the dispute's evidence when it is filed.
/// </summary>
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed class NewModel(
    OrderDetailsService orders,
    SellerConversationService conversations,
    FileDisputeService filing,
    FilingEvidenceService evidence,
    IValidator<FileDisputeCommand> validator) : PageModel
{
    /// <summary>One press of a button can carry a video at its limit and a few photos.</summary>
    private const long UploadLimit = EvidenceLimits.VideoMaxBytes + (56 * EvidenceLimits.Megabyte);

    public static readonly string[] Steps = ["reason", "details", "evidence", "review"];

    [BindProperty(SupportsGet = true)]
    public Guid OrderId { get; set; }

    [BindProperty]
    public FileDisputeCommand Input { get; set; } = new();

    [BindProperty]
    public string Step { get; set; } = Steps[0];

    public OrderDetails Order { get; private set; } = null!;

    public OrderProblem Problem { get; private set; } = null!;

    /// <summary>What the chosen files show (one kind for the files added with one press).</summary>
    [BindProperty]
    public EvidenceKind FilesKind { get; set; } = EvidenceKind.Photo;

    /// <summary>The files staged in this form so far.</summary>
    public IReadOnlyList<StagedEvidence> Uploaded { get; private set; } = [];

    /// <summary>The suggested kinds of evidence for the reason that no uploaded file covers yet.</summary>
    public bool IsMissing(EvidenceKind kind) => Uploaded.All(u => u.Kind != kind);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } notFound)
        {
            return notFound;
        }

        // A draft already open for this order (another tab, or a form left yesterday) is continued, with its files.
        var draftId = await evidence.OpenDraftIdAsync(User.UserId(), OrderId, cancellationToken) ?? Guid.CreateVersion7();
        Input = new FileDisputeCommand { DisputeId = draftId, Reason = Problem.Conversation?.Reason ?? default, AmountClaimed = Order.Total.Amount };
        Uploaded = await evidence.ListAsync(User.UserId(), draftId, cancellationToken);
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
        if (!await StageChosenFilesAsync(cancellationToken))
        {
            Step = "evidence";
            return Page();
        }

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
        if (!await StageChosenFilesAsync(cancellationToken))
        {
            Step = "evidence";
            return Page();
        }

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

        TempData["Status"] = Text.T("Your dispute is open. The seller has been asked to answer; add your evidence now, it makes the strongest case.");
        return RedirectToPage("/Evidence/Index", new { disputeId = result.Value });
    }

    /// <summary>Takes one uploaded file out of the form again.</summary>
    public async Task<IActionResult> OnPostRemoveFileAsync(Guid evidenceId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } notFound)
        {
            return notFound;
        }

        Input = Input with { OrderId = OrderId };
        ModelState.Clear();
        var removed = await evidence.RemoveAsync(User.UserId(), evidenceId, cancellationToken);
        ModelState.AddErrors(removed.Messages);
        Uploaded = await evidence.ListAsync(User.UserId(), Input.DisputeId ?? Guid.Empty, cancellationToken);
        Step = "evidence";
        return Page();
    }

    /// <summary>Stages the files chosen on the evidence step, if any; false (with the reason on the form) when refused.</summary>
    private async Task<bool> StageChosenFilesAsync(CancellationToken cancellationToken)
    {
        var files = Request.HasFormContentType ? Request.Form.Files.Where(f => f.Length > 0 || f.FileName.Length > 0).ToList() : [];
        var draftId = Input.DisputeId ?? Guid.Empty;
        if (files.Count > 0)
        {
            var staged = await evidence.StageAsync(
                User.UserId(),
                OrderId,
                draftId,
                files.Select(f => new IncomingFile(f.FileName, FilesKind, null, f.OpenReadStream, f.Length)).ToList(),
                cancellationToken);
            if (!staged.Succeeded)
            {
                ModelState.AddModelError("files", string.Join(" ", staged.Messages.Select(Text.T)));
            }
        }

        Uploaded = await evidence.ListAsync(User.UserId(), draftId, cancellationToken);
        return ModelState.IsValid;
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
