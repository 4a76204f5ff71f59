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
using Microsoft.Net.Http.Headers;

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
    private const int FieldMaxBytes = 2048;

    public IActionResult OnGet(Guid disputeId) => RedirectToPage("Index", new { disputeId });

    public async Task<IActionResult> OnPostAsync(Guid disputeId, CancellationToken cancellationToken)
    {
        // Refused before anything is looked up, as the antiforgery filter refuses other forms.
        if (!MediaTypeHeaderValue.TryParse(Request.ContentType, out var contentType)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
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

        var uploader = new EvidenceUploader(actor.Kind, actor.UserId);
        var (kind, caption) = (EvidenceKind.Photo, (string?)null);
        await using var batch = await stage.BeginBatchAsync(disputeId, uploader, cancellationToken);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            var name = disposition.Name.Value;
            var fileName = disposition.FileNameStar.Value ?? disposition.FileName.Value;
            if (fileName is null)
            {
                var value = await ReadFieldAsync(section.Body, cancellationToken);
                if (name == "kind" && Enum.TryParse<EvidenceKind>(value, out var chosen))
                {
                    kind = chosen;
                }
                else if (name == "caption")
                {
                    caption = value;
                }

                continue;
            }

            if (fileName.Length == 0)
            {
                continue;
            }

            var body = section.Body;
            var result = await batch.AddAsync(new IncomingFile(fileName, kind, caption, () => body), cancellationToken);
            if (!result.Succeeded)
            {
                TempData["Error"] = string.Join(" ", result.Messages.Select(Text.T));
                return RedirectToPage("Index", new { disputeId });
            }
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

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, System.Text.Encoding.UTF8);
        var buffer = new char[FieldMaxBytes];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new string(buffer, 0, read).Trim();
    }
}
