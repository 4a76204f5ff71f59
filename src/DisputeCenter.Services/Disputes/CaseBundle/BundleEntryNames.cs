using System.Globalization;
using System.Text;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Services.Disputes.CaseBundle;

/// <summary>
/// Names of the files inside the bundle: <c>evidence/001-buyer-crack.png</c>. Made only of ASCII letters, digits, dots,
/// dashes and underscores, so no name can climb out of the folder it is unpacked into, hide as a dotfile, or need
/// escaping in <c>SHA256SUMS</c>; numbered in the order the items arrived, so no two are the same; the extension is the
/// detected format's, never the uploaded name's.
/// </summary>
public static class BundleEntryNames
{
    private const int StemMaxLength = 60;

    public static IReadOnlyList<string> For(IReadOnlyList<EvidenceItem> items)
    {
        var width = Math.Max(3, items.Count.ToString(CultureInfo.InvariantCulture).Length);
        return items.Select((item, i) =>
        {
            var stem = Path.GetFileNameWithoutExtension(item.OriginalName);
            var number = (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            return $"evidence/{number}-{Side(item.UploadedBy)}-{Safe(stem, StemMaxLength)}.{EvidenceFormatInfo.Of(item.Format).Extension}";
        }).ToList();
    }

    /// <summary>The text with every run of other characters turned into one dash, cut to <paramref name="maxLength"/>; "file" when nothing is left.</summary>
    public static string Safe(string? text, int maxLength)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.')
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            if (builder.Length >= maxLength)
            {
                break;
            }
        }

        var safe = builder.ToString().Trim('-', '.');
        return safe.Length == 0 ? "file" : safe;
    }

    private static string Side(ActorKind kind) => kind switch
    {
        ActorKind.Buyer => "buyer",
        ActorKind.Seller => "seller",
        _ => "platform",
    };
}
