using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Support;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NetEscapades.AspNetCore.SecurityHeaders;

namespace DisputeCenter.Web.Pages.Support;

/// <summary>A file sent on a support ticket, for its customer and support staff only (anyone else gets a 404), with range requests for video.</summary>
[Authorize]
[SecurityHeadersPolicy(SecurityHeaders.UploadedFiles)]
public sealed class AttachmentModel(SupportTicketService tickets) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, bool download, CancellationToken cancellationToken)
    {
        if (await tickets.OpenAttachmentAsync(User.UserId(), User.IsInRole(Roles.Moderator), id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var inline = !download && found.Attachment.Family is Domain.Evidence.EvidenceFamily.Image or Domain.Evidence.EvidenceFamily.Video;
        return new FileStreamResult(found.Content, found.Attachment.MimeType)
        {
            FileDownloadName = inline ? null : found.Attachment.OriginalName,
            EnableRangeProcessing = true,
        };
    }
}
