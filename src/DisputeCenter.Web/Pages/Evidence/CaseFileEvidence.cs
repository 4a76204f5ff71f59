using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes.CaseBundle;
using DisputeCenter.Web.Localization;

namespace DisputeCenter.Web.Pages.Evidence;

/// <summary>The case file's list of the evidence in the ZIP: each file's name there, who gave it, when, and its receipt.</summary>
internal static class CaseFileEvidence
{
    public static void Write(CaseFilePdf pdf, CaseBundle bundle)
    {
        pdf.Heading(Text.T("Evidence in this file"));
        if (bundle.Evidence.Count == 0)
        {
            pdf.Paragraph(Text.T("No evidence."));
        }

        foreach (var file in bundle.Evidence)
        {
            var item = file.Item;
            pdf.Space(3);
            pdf.Code(file.EntryName);
            pdf.Fact(Text.T("From"), Display.Actor(item.UploadedBy));
            pdf.Fact(Text.T("File"), $"{item.OriginalName} · {Display.EvidenceKind(item.Kind)} · {EvidenceFormatInfo.Of(item.Format).MimeType} · {Display.Bytes(item.SizeBytes)}");
            if (!string.IsNullOrWhiteSpace(item.Caption))
            {
                pdf.Fact(Text.T("Caption"), item.Caption);
            }

            pdf.Fact(Text.T("Received"), Display.Instant(item.ReceivedAt));
            if (item.Status == EvidenceStatus.Hidden)
            {
                pdf.Fact(Text.T("Hidden from the parties by a moderator:"), item.HiddenReason ?? string.Empty);
            }

            pdf.Code($"{Text.T("Receipt:")} SHA-256 {item.Sha256}", indent: 12);
            if (file.LocationRemoved(bundle.Viewer))
            {
                pdf.Paragraph(Text.T("Sent to you without its location data, as the site shows it to you, so its SHA-256 in SHA256SUMS can differ from the receipt of the original."), indent: 12);
            }
        }
    }
}
