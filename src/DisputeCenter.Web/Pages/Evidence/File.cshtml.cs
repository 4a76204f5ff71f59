using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Evidence.ViewEvidence;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using NetEscapades.AspNetCore.SecurityHeaders;

namespace DisputeCenter.Web.Pages.Evidence;

/// <summary>
/// The one way evidence leaves the vault: only to a party of its dispute or a moderator (anyone else: 404),
/// as an attachment with the detected type, or inline for images and video, with range requests for video.
/// </summary>
[SecurityHeadersPolicy(SecurityHeaders.UploadedFiles)]
public sealed class FileModel(DisputeAccess access, EvidenceViewService evidence) : EvidencePageModel(access)
{
    public async Task<IActionResult> OnGetAsync(Guid id, bool inline, CancellationToken cancellationToken)
    {
        var file = await evidence.OpenAsync(id, disputeId => ActorForAsync(disputeId, cancellationToken), cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        var family = EvidenceFormatInfo.Of(file.Item.Format).Family;
        var showInline = inline && family is EvidenceFamily.Image or EvidenceFamily.Video;
        var disposition = new ContentDispositionHeaderValue(showInline ? "inline" : "attachment");
        disposition.SetHttpFileName(file.Item.OriginalName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.CacheControl = "private, no-store";
        return new FileStreamResult(file.Content, file.Item.MimeType) { EnableRangeProcessing = !file.Stripped };
    }
}
