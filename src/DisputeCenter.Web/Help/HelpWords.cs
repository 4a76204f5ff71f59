using System.Globalization;
using System.Text;

namespace DisputeCenter.Web.Help;

/// <summary>
/// The words of a text as the search compares them: runs of letters and digits, lower case, without accents ("Hê" and
/// "he" are one word, so are "tevrede" and "tevredé"). Anything else (punctuation, Markdown, control characters, broken
/// surrogates) only separates words.
/// </summary>
public static class HelpWords
{
    public static IEnumerable<string> Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var word = new StringBuilder();
        foreach (var c in Decomposed(text))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>The text with accents split from their letters; a broken surrogate (which normalization refuses) becomes a space.</summary>
    private static string Decomposed(string text)
    {
        var whole = string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsSurrogate(source[i]) ? ' ' : source[i];
            }
        });
        return whole.Normalize(NormalizationForm.FormD);
    }

    /// <summary>
    /// True when a word of the text starts with <paramref name="wanted"/> ("refund" finds "refunds"), or is at most two letters
    /// shorter than it and starts it ("refunds" finds "refund", "terugbetalings" finds "terugbetaling").
    /// </summary>
    public static bool Contains(IReadOnlySet<string> words, string wanted)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(wanted);
        return words.Any(w => w.StartsWith(wanted, StringComparison.Ordinal)
            || (w.Length >= 4 && wanted.Length - w.Length <= 2 && wanted.StartsWith(w, StringComparison.Ordinal)));
    }
}
