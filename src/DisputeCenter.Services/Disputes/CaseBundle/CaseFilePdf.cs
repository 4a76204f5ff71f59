using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace DisputeCenter.Services.Disputes.CaseBundle;

/// <summary>
/// Writes the case file's PDF from top to bottom on A4 pages: a title, headings, facts (a label beside its value),
/// paragraphs and monospaced lines (hashes), each wrapped to the page and continued on the next page when it is full;
/// every page is numbered at the end. The words come from the caller, already in the reader's language. The document is
/// small (text only), so it is built in memory.
/// </summary>
public sealed class CaseFilePdf : IDisposable
{
    private const double Margin = 50;
    private const double LabelWidth = 150;
    private const double Gutter = 8;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly PdfDocument _document = new();
    private readonly XFont _title = new(CaseFileFonts.Sans, 16, XFontStyleEx.Bold, Unicode);
    private readonly XFont _heading = new(CaseFileFonts.Sans, 12.5, XFontStyleEx.Bold, Unicode);
    private readonly XFont _bold = new(CaseFileFonts.Sans, 9.5, XFontStyleEx.Bold, Unicode);
    private readonly XFont _text = new(CaseFileFonts.Sans, 9.5, XFontStyleEx.Regular, Unicode);
    private readonly XFont _mono = new(CaseFileFonts.Mono, 8.5, XFontStyleEx.Regular, Unicode);
    private readonly string _footer;
    private XGraphics _page = null!;
    private double _y;
    private double _width;
    private double _bottom;

    static CaseFilePdf()
    {
        // Once per process, before PDFsharp touches a font (setting the same instance again is allowed).
        GlobalFontSettings.FontResolver = CaseFileFonts.Instance;
    }

    /// <param name="footer">A format with {0} (the page) and {1} (the number of pages), printed at the foot of every page.</param>
    public CaseFilePdf(string title, string footer, DateTimeOffset createdAt)
    {
        _footer = footer;
        _document.Info.Title = title;
        _document.Info.Creator = "DisputeCenter";
        _document.Info.CreationDate = createdAt.UtcDateTime;
        _document.Info.ModificationDate = createdAt.UtcDateTime;
        NewPage();
        Draw(title, _title, Margin, _width);
        _y += 4;
    }

    public void Heading(string text)
    {
        // Kept with at least three lines of what follows it.
        EnsureRoom(_heading.GetHeight() + 10 + (3 * _text.GetHeight()));
        _y += 10;
        Draw(text, _heading, Margin, _width);
        _page.DrawLine(XPens.Gray, Margin, _y + 1, Margin + _width, _y + 1);
        _y += 5;
    }

    /// <summary>A label (bold) with its value beside it, each wrapped in its own column.</summary>
    public void Fact(string label, string value)
    {
        var labels = Wrap(label, _bold, LabelWidth);
        var values = Wrap(value, _text, _width - LabelWidth - Gutter);
        var height = _text.GetHeight();
        for (var line = 0; line < Math.Max(labels.Count, values.Count); line++)
        {
            EnsureRoom(height);
            if (line < labels.Count)
            {
                _page.DrawString(labels[line], _bold, XBrushes.Black, Margin, _y, XStringFormats.TopLeft);
            }

            if (line < values.Count)
            {
                _page.DrawString(values[line], _text, XBrushes.Black, Margin + LabelWidth + Gutter, _y, XStringFormats.TopLeft);
            }

            _y += height;
        }
    }

    public void Paragraph(string text, bool bold = false, double indent = 0)
    {
        Draw(text, bold ? _bold : _text, Margin + indent, _width - indent);
        _y += 3;
    }

    /// <summary>Text in a fixed-width face, for hashes and file names.</summary>
    public void Code(string text, double indent = 0) => Draw(text, _mono, Margin + indent, _width - indent);

    public void Space(double points = 6) => _y += points;

    /// <summary>The finished document, every page numbered.</summary>
    public byte[] ToArray()
    {
        _page.Dispose();
        var pages = _document.PageCount;
        for (var i = 0; i < pages; i++)
        {
            using var page = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var footer = string.Format(CultureInfo.CurrentCulture, _footer, i + 1, pages);
            page.DrawString(footer, _mono, XBrushes.Gray, Margin, _bottom + 12, XStringFormats.TopLeft);
        }

        using var output = new MemoryStream();
        _document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose() => _document.Dispose();

    private void Draw(string text, XFont font, double x, double width)
    {
        var height = font.GetHeight();
        foreach (var line in Wrap(text, font, width))
        {
            EnsureRoom(height);
            _page.DrawString(line, font, XBrushes.Black, x, _y, XStringFormats.TopLeft);
            _y += height;
        }
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > _bottom)
        {
            _page.Dispose();
            NewPage();
        }
    }

    private void NewPage()
    {
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _page = XGraphics.FromPdfPage(page);
        _width = page.Width.Point - (2 * Margin);
        _bottom = page.Height.Point - Margin - 10;
        _y = Margin;
    }

    /// <summary>Lines that fit <paramref name="width"/>: broken at spaces, a word longer than a line broken where it must; line breaks kept.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in Printable(text).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(candidate, font, width))
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (!Fits(line, font, width))
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && !Fits(line[..cut], font, width))
                    {
                        cut--;
                    }

                    cut -= char.IsHighSurrogate(line[cut - 1]) && cut > 1 ? 1 : 0;
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private bool Fits(string text, XFont font, double width) => text.Length <= 1 || _page.MeasureString(text, font).Width <= width;

    /// <summary>What people wrote, as it can be printed: line breaks normalised, tabs as spaces, other control characters dropped.</summary>
    private static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings("\n"))
        {
            if (c == '\t')
            {
                builder.Append("    ");
            }
            else if (c == '\n' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
