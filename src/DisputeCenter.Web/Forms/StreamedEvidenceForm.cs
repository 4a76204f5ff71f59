using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Evidence.StageEvidence;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DisputeCenter.Web.Forms;

/// <summary>
/// The sections of a streamed evidence upload (the evidence page's form and the API's multipart body), fed to an
/// <see cref="EvidenceBatch"/> as they arrive: the text fields <c>kind</c> and <c>caption</c> apply to the files after
/// them, and each file is sniffed, held to its limits and spooled before the next section is read, so a refused file
/// stops the upload there.
/// </summary>
public static class StreamedEvidenceForm
{
    public const string KindField = "kind";
    public const string CaptionField = "caption";

    private const int FieldMaxChars = 2048;

    /// <summary>The refusal of a <c>kind</c> that is not one of <see cref="EvidenceKind"/>.</summary>
    public static readonly DomainText UnknownKind = DomainText.Plain("Choose what kind of evidence the file is.");

    /// <summary>The multipart boundary of a <c>multipart/form-data</c> request, or null when it is not one.</summary>
    public static string? BoundaryOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            && contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            && HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is { Length: > 0 } boundary
                ? boundary
                : null;
    }

    /// <summary>Reads the rest of the body into the batch: the number of files taken, or the first refusal.</summary>
    public static async Task<Result<int>> ReadAsync(MultipartReader reader, EvidenceBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(batch);
        var (kind, caption) = (EvidenceKind.Photo, (string?)null);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            var fileName = disposition.FileNameStar.Value ?? disposition.FileName.Value;
            if (fileName is null)
            {
                var value = await ReadFieldAsync(section.Body, cancellationToken);
                switch (disposition.Name.Value)
                {
                    case KindField when Enum.TryParse<EvidenceKind>(value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var chosen)
                        && Enum.IsDefined(chosen):
                        kind = chosen;
                        break;
                    case KindField:
                        return Result<int>.Invalid([UnknownKind]);
                    case CaptionField:
                        caption = value.Length == 0 ? null : value;
                        break;
                }

                continue;
            }

            if (fileName.Length == 0)
            {
                continue;
            }

            var body = section.Body;
            var added = await batch.AddAsync(new IncomingFile(fileName, kind, caption, () => body), cancellationToken);
            if (!added.Succeeded)
            {
                return added;
            }
        }

        return Result<int>.Ok(batch.Count);
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, System.Text.Encoding.UTF8);
        var buffer = new char[FieldMaxChars];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new string(buffer, 0, read).Trim();
    }
}
