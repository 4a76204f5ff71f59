using System.Net.Mime;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.CaseBundle;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace DisputeCenter.Web.Pages.Evidence;

/// <summary>
/// The whole case file as one ZIP, for the dispute's buyer, its seller or a moderator (anyone else: 404, as for a missing
/// dispute): the PDF in the reader's language, the evidence they may see and SHA256SUMS, streamed as it is written.
/// </summary>
public sealed class CaseFileModel(DisputeAccess access, CaseBundleService bundles) : EvidencePageModel(access)
{
    public async Task<IActionResult> OnGetAsync(Guid disputeId, CancellationToken cancellationToken)
    {
        if (await ActorForAsync(disputeId, cancellationToken) is not { } viewer
            || await bundles.GetAsync(disputeId, viewer, cancellationToken) is not { } bundle)
        {
            return NotFound();
        }

        var document = CaseFileDocument.Write(bundle);
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(bundle.FileName);
        Response.ContentType = MediaTypeNames.Application.Zip;
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.CacheControl = "private, no-store";
        await bundles.WriteAsync(bundle, document, Response.Body, cancellationToken);
        return new EmptyResult();
    }
}
