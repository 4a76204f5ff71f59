using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Evidence.StageEvidence;

namespace DisputeCenter.Web.Forms;

/// <summary>The files of a multipart form (buffered to disk by ASP.NET Core above 64 KB) as the evidence vault reads them.</summary>
public static class FormFiles
{
    /// <summary>The form's field for attachments.</summary>
    public const string Field = "files";

    public static IReadOnlyList<IncomingFile> Of(HttpRequest request, EvidenceKind kind = EvidenceKind.ChatRecord) =>
        request.HasFormContentType
            ? request.Form.Files.Where(f => f.Name == Field && (f.Length > 0 || f.FileName.Length > 0))
                .Select(f => new IncomingFile(f.FileName, kind, null, f.OpenReadStream, f.Length))
                .ToList()
            : [];
}
