using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace DisputeCenter.Web.Pages.Evidence;

/// <summary>
/// Receives evidence files as a streamed multipart body: each file is checked and spooled as it arrives, so a file
/// that is too large or not what it claims is refused before the rest of the request is read, and nothing of
/// the upload is kept; the files reach the vault together once the body is in. The form is not read by model binding (that would buffer it), so its antiforgery token is
/// checked by <see cref="StreamedFormToken"/>, from a header or the body's first section, before anything else.
/// </summary>
[DisableFormValueModelBinding]
[IgnoreAntiforgeryToken]
[RequestSizeLimit(EvidenceLimits.DisputeTotalBytes + (16 * EvidenceLimits.Megabyte))]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceLimits.DisputeTotalBytes + (16 * EvidenceLimits.Megabyte))]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed class UploadModel(DisputeAccess access, StageEvidenceService stage, IAntiforgery antiforgery) : EvidencePageModel(access)
{
    public IActionResult OnGet(Guid disputeId) => RedirectToPage("Index", new { disputeId });

    public async Task<IActionResult> OnPostAsync(Guid disputeId, CancellationToken cancellationToken)
    {
        // Refused before anything is looked up, as the antiforgery filter refuses other forms.
        if (StreamedEvidenceForm.BoundaryOf(Request) is not { } boundary)
        {
            return BadRequest();
        }

        var reader = new MultipartReader(boundary, Request.Body);
        if (!await StreamedFormToken.IsValidAsync(HttpContext, antiforgery, reader, cancellationToken))
        {
            return BadRequest();
        }

        if (await ActorForAsync(disputeId, cancellationToken) is not { } actor)
        {
            return NotFound();
        }

        await using var batch = await stage.BeginBatchAsync(disputeId, new EvidenceUploader(actor.Kind, actor.UserId), cancellationToken);
        var read = await StreamedEvidenceForm.ReadAsync(reader, batch, cancellationToken);
        if (!read.Succeeded)
        {
            TempData["Error"] = string.Join(" ", read.Messages.Select(Text.T));
            return RedirectToPage("Index", new { disputeId });
        }

        if (batch.Count == 0)
        {
            TempData["Error"] = Text.T("Choose at least one file to upload.");
            return RedirectToPage("Index", new { disputeId });
        }

        var staged = await batch.CommitAsync(cancellationToken);
        if (!staged.Succeeded)
        {
            TempData["Error"] = string.Join(" ", staged.Messages.Select(Text.T));
            return RedirectToPage("Index", new { disputeId });
        }

        TempData["Status"] = Text.T("{0} file(s) added to your drafts. Review them, then submit them to the dispute.", staged.Value!.Count);
        return RedirectToPage("Index", new { disputeId });
    }
}
