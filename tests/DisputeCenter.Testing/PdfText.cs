using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace DisputeCenter.Testing;

/// <summary>
/// The text of a PDF as a reader would copy it, read back with PDFsharp: every string a page shows, mapped from glyph
/// codes to characters through its font's ToUnicode map, one shown string a line.
/// </summary>
public static partial class PdfText
{
    public static string Extract(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            var fonts = Fonts(page);
            IReadOnlyDictionary<int, string>? font = null;
            foreach (var op in Operators(ContentReader.ReadContent(page)))
            {
                switch (op.OpCode.Name)
                {
                    case "Tf":
                        font = fonts[((CName)op.Operands[0]).Name];
                        break;
                    case "Tj" or "'" or "\"":
                        text.Append(Decode((CString)op.Operands[^1], font)).Append('\n');
                        break;
                    case "TJ":
                        foreach (var part in ((CArray)op.Operands[0]).OfType<CString>())
                        {
                            text.Append(Decode(part, font));
                        }

                        text.Append('\n');
                        break;
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The text with its lines joined by spaces: what a paragraph wrapped over several lines said.</summary>
    public static string Flowing(string text) => text.ReplaceLineEndings(" ");

    private static IEnumerable<COperator> Operators(CSequence sequence)
    {
        foreach (var item in sequence)
        {
            if (item is COperator op)
            {
                yield return op;
            }
            else if (item is CSequence inner)
            {
                foreach (var nested in Operators(inner))
                {
                    yield return nested;
                }
            }
        }
    }

    private static Dictionary<string, IReadOnlyDictionary<int, string>> Fonts(PdfPage page)
    {
        var fonts = new Dictionary<string, IReadOnlyDictionary<int, string>>(StringComparer.Ordinal);
        var dictionary = page.Resources.Elements.GetDictionary("/Font");
        foreach (var name in dictionary?.Elements.Keys ?? [])
        {
            var cmap = dictionary!.Elements.GetDictionary(name)?.Elements.GetDictionary("/ToUnicode")?.Stream?.UnfilteredValue;
            fonts[name] = cmap is null ? new Dictionary<int, string>() : ToUnicode(Encoding.ASCII.GetString(cmap));
        }

        return fonts;
    }

    /// <summary>A ToUnicode CMap's bfchar and bfrange entries: glyph code to text.</summary>
    private static Dictionary<int, string> ToUnicode(string cmap)
    {
        var map = new Dictionary<int, string>();
        foreach (Match block in BfChar().Matches(cmap))
        {
            foreach (Match pair in HexPair().Matches(block.Groups["body"].Value))
            {
                map[Hex(pair.Groups["code"].Value)] = Utf16(pair.Groups["text"].Value);
            }
        }

        foreach (Match block in BfRange().Matches(cmap))
        {
            foreach (Match range in HexTriple().Matches(block.Groups["body"].Value))
            {
                var (first, last, start) = (Hex(range.Groups["first"].Value), Hex(range.Groups["last"].Value), Hex(range.Groups["start"].Value));
                for (var code = first; code <= last; code++)
                {
                    map[code] = char.ConvertFromUtf32(start + code - first);
                }
            }
        }

        return map;
    }

    /// <summary>A shown string: two-byte glyph codes for a font with a ToUnicode map, else one byte a character.</summary>
    private static string Decode(CString shown, IReadOnlyDictionary<int, string>? font)
    {
        var bytes = shown.Value.Select(c => (byte)c).ToArray();
        if (font is null || font.Count == 0)
        {
            return Encoding.Latin1.GetString(bytes);
        }

        var text = new StringBuilder();
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            text.Append(font.TryGetValue((bytes[i] << 8) | bytes[i + 1], out var chars) ? chars : "\uFFFD");
        }

        return text.ToString();
    }

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex) =>
        Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));

    [GeneratedRegex(@"beginbfchar(?<body>.*?)endbfchar", RegexOptions.Singleline | RegexOptions.ExplicitCapture)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"beginbfrange(?<body>.*?)endbfrange", RegexOptions.Singleline | RegexOptions.ExplicitCapture)]
    private static partial Regex BfRange();

    [GeneratedRegex(@"<(?<code>[0-9A-Fa-f]+)>\s*<(?<text>[0-9A-Fa-f]+)>", RegexOptions.ExplicitCapture)]
    private static partial Regex HexPair();

    [GeneratedRegex(@"<(?<first>[0-9A-Fa-f]+)>\s*<(?<last>[0-9A-Fa-f]+)>\s*<(?<start>[0-9A-Fa-f]+)>", RegexOptions.ExplicitCapture)]
    private static partial Regex HexTriple();
}
