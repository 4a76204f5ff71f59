using System.Globalization;
using System.Text;

namespace DisputeCenter.Domain.Evidence;

/// <summary>
/// The name a file had on the uploader's device, made safe to show: no folders, no control or direction-changing
/// characters, at most <see cref="MaxLength"/> characters. It is only ever displayed, never used as a path.
/// </summary>
public static class EvidenceFileName
{
    public const int MaxLength = 255;
    public const string Fallback = "unnamed file";

    public static string Sanitise(string? name)
    {
        var text = name ?? string.Empty;
        var lastSeparator = text.LastIndexOfAny(['/', '\\']);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text[(lastSeparator + 1)..].EnumerateRunes())
        {
            if (IsShown(rune))
            {
                builder.Append(rune.ToString());
            }
        }

        var clean = builder.ToString().Trim().Trim('.').Trim();
        if (clean.Length == 0)
        {
            return Fallback;
        }

        return clean.Length <= MaxLength ? clean : Shorten(clean);
    }

    private static bool IsShown(Rune rune) =>
        rune != Rune.ReplacementChar && rune.Value != ':'
        && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.PrivateUse);

    private static string Shorten(string name)
    {
        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= 16 ? name[dot..] : string.Empty;
        var cut = MaxLength - extension.Length;
        if (char.IsHighSurrogate(name[cut - 1]))
        {
            cut--;
        }

        return name[..cut].TrimEnd() + extension;
    }
}
