using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Evidence.HideEvidence;
using DisputeCenter.Services.Evidence.RemoveEvidence;
using DisputeCenter.Services.Evidence.SubmitEvidence;
using DisputeCenter.Services.Evidence.ViewEvidence;
using DisputeCenter.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace DisputeCenter.Web.Pages.Evidence;

/// <summary>A dispute's evidence: both sides' submitted files, your drafts, the checklist, and the upload form.</summary>
public sealed class IndexModel(
    DisputeAccess access,
    EvidenceViewService evidence,
    SubmitEvidenceService submit,
    RemoveStagedEvidenceService remove,
    HideEvidenceService hide) : EvidencePageModel(access)
{
    public Guid DisputeId { get; private set; }

    public DisputeActor Viewer { get; private set; } = null!;

    public IReadOnlyList<EvidenceItem> Items { get; private set; } = [];

    public IReadOnlyList<EvidenceChecklistItem> Checklist { get; private set; } = [];

    public IEnumerable<EvidenceItem> Drafts => Items.Where(i => i.Status == EvidenceStatus.Staged);

    public IEnumerable<EvidenceItem> Submitted => Items.Where(i => i.Status != EvidenceStatus.Staged);

    public async Task<IActionResult> OnGetAsync(Guid disputeId, CancellationToken cancellationToken)
    {
        if (await ActorForAsync(disputeId, cancellationToken) is not { } viewer)
        {
            return NotFound();
        }

        if (TempData["Error"] is string error)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        DisputeId = disputeId;
        Viewer = viewer;
        Items = await evidence.ListAsync(disputeId, viewer, cancellationToken);
        Checklist = viewer.Kind == ActorKind.Buyer ? await evidence.ChecklistAsync(disputeId, cancellationToken) : [];
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid disputeId, CancellationToken cancellationToken)
    {
        if (await ActorForAsync(disputeId, cancellationToken) is not { } actor)
        {
            return NotFound();
        }

        var result = await submit.SubmitAsync(disputeId, actor, cancellationToken);
        return Done(disputeId, result.Succeeded, result.Messages, Text.T("{0} file(s) submitted. Their receipts (SHA-256 and time received) are in the dispute's timeline.", result.Value));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid disputeId, Guid evidenceId, CancellationToken cancellationToken)
    {
        if (await ActorForAsync(disputeId, cancellationToken) is not { } actor)
        {
            return NotFound();
        }

        var result = await remove.RemoveAsync(evidenceId, actor.UserId, cancellationToken);
        return Done(disputeId, result.Succeeded, result.Messages, Text.T("The draft was removed."));
    }

    public async Task<IActionResult> OnPostHideAsync(Guid disputeId, Guid evidenceId, string? reason, CancellationToken cancellationToken)
    {
        if (await ActorForAsync(disputeId, cancellationToken) is not { Kind: ActorKind.Moderator } moderator)
        {
            return NotFound();
        }

        var result = await hide.HideAsync(evidenceId, moderator.UserId, reason ?? string.Empty, cancellationToken);
        return Done(disputeId, result.Succeeded, result.Messages, Text.T("The item is hidden from the parties; it stays on record."));
    }

    private RedirectToPageResult Done(Guid disputeId, bool succeeded, IEnumerable<Domain.Common.DomainText> errors, string status)
    {
        TempData[succeeded ? "Status" : "Error"] = succeeded ? status : string.Join(" ", errors.Select(Text.T));
        return RedirectToPage(new { disputeId });
    }
}
