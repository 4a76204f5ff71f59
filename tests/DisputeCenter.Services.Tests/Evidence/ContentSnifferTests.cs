using System.Text;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Evidence.Sniffing;
using DisputeCenter.Testing;

namespace DisputeCenter.Services.Tests.Evidence;

public class ContentSnifferTests
{
    public static TheoryData<string, byte[], EvidenceFormat> Allowed => new()
    {
        { "jpeg", EvidenceFiles.Jpeg(), EvidenceFormat.Jpeg },
        { "png", EvidenceFiles.Png(), EvidenceFormat.Png },
        { "gif", EvidenceFiles.Concat("GIF89a"u8.ToArray(), EvidenceFiles.Pattern(100), ";"u8.ToArray()), EvidenceFormat.Gif },
        { "webp", EvidenceFiles.Concat("RIFF"u8.ToArray(), [96, 0, 0, 0], "WEBPVP8 "u8.ToArray(), EvidenceFiles.Pattern(88)), EvidenceFormat.WebP },
        { "mp4", EvidenceFiles.Mp4(), EvidenceFormat.Mp4 },
        { "m4v", EvidenceFiles.Mp4(brand: "M4V "), EvidenceFormat.Mp4 },
        { "mov", EvidenceFiles.Mp4(brand: "qt  "), EvidenceFormat.QuickTime },
        { "heic", EvidenceFiles.Mp4(brand: "heic"), EvidenceFormat.Heic },
        { "heic-mif1", EvidenceFiles.Mp4(brand: "mif1"), EvidenceFormat.Heic },
        { "webm", EvidenceFiles.WebM(), EvidenceFormat.WebM },
        { "pdf", EvidenceFiles.Pdf(), EvidenceFormat.Pdf },
        { "text", EvidenceFiles.Text(), EvidenceFormat.PlainText },
        { "text-with-bom", EvidenceFiles.Concat([0xEF, 0xBB, 0xBF], EvidenceFiles.Text()), EvidenceFormat.PlainText },
        { "irc-log", EvidenceFiles.Text("<seller> price is 12.50\n<buyer> agreed\n"), EvidenceFormat.PlainText },
        { "notes-with-a-date", EvidenceFiles.Text("Date: 3 March\nSubject: the drill\n\nIt broke.\n"), EvidenceFormat.PlainText },
        { "eml", EvidenceFiles.Eml(), EvidenceFormat.Eml },
    };

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "html", EvidenceFiles.Html(), RefusalReasons.NotAllowed },
        { "html-uppercase-after-spaces", EvidenceFiles.Text("  \r\n<HTML><BODY onload=x()>"), RefusalReasons.NotAllowed },
        { "svg", EvidenceFiles.Svg(), RefusalReasons.NotAllowed },
        { "xml-svg", EvidenceFiles.XmlSvg(), RefusalReasons.NotAllowed },
        { "bom-html", EvidenceFiles.Concat([0xEF, 0xBB, 0xBF], EvidenceFiles.Html()), RefusalReasons.NotAllowed },
        { "windows-program", EvidenceFiles.WindowsProgram(), RefusalReasons.Program },
        { "linux-program", EvidenceFiles.LinuxProgram(), RefusalReasons.Program },
        { "script", EvidenceFiles.Script(), RefusalReasons.Program },
        { "zip", EvidenceFiles.Concat("PK"u8.ToArray(), [3, 4, 20, 0, 0, 0], EvidenceFiles.Pattern(200)), RefusalReasons.NotAllowed },
        { "text-with-nul", EvidenceFiles.Text("hello\0world"), RefusalReasons.NotAllowed },
        { "latin1-not-utf8", Encoding.Latin1.GetBytes("caf\u00e9 cr\u00e8me"), RefusalReasons.NotAllowed },
        { "utf16", Encoding.Unicode.GetBytes("\uFEFFhello"), RefusalReasons.NotAllowed },
        { "png-without-ihdr", EvidenceFiles.Concat([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], EvidenceFiles.Pattern(100)), RefusalReasons.NotAllowed },
        { "avif", EvidenceFiles.Mp4(brand: "avif"), RefusalReasons.NotAllowed },
        { "m4a-audio", EvidenceFiles.Mp4(brand: "M4A "), RefusalReasons.NotAllowed },
        { "matroska", EvidenceFiles.WebM("matroska"), RefusalReasons.NotAllowed },
        { "wav", EvidenceFiles.Concat("RIFF"u8.ToArray(), [96, 0, 0, 0], "WAVEfmt "u8.ToArray(), EvidenceFiles.Pattern(88)), RefusalReasons.NotAllowed },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_format_is_recognised_from_its_content(string name, byte[] content, EvidenceFormat expected)
    {
        var result = ContentSniffer.Sniff(content, isWholeFile: true);

        Assert.True(result.Format == expected, $"{name}: {result}");
        Assert.Null(Inspect(expected, content));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Anything_else_is_refused_whatever_it_is_called(string name, byte[] content, string reason)
    {
        var result = ContentSniffer.Sniff(content, isWholeFile: true);

        Assert.True(result.Format is null, $"{name} was taken for {result.Format}");
        Assert.Equal(reason, result.Refusal);
    }

    [Fact]
    public void No_bytes_is_empty_not_a_format()
    {
        Assert.True(ContentSniffer.Sniff([], isWholeFile: true).IsEmpty);
    }

    [Fact]
    public void A_multibyte_character_cut_by_the_end_of_the_head_is_not_held_against_the_text()
    {
        var head = Encoding.UTF8.GetBytes("price: 12 €")[..^1];

        Assert.Equal(EvidenceFormat.PlainText, ContentSniffer.Sniff(head, isWholeFile: false).Format);
        Assert.Null(ContentSniffer.Sniff(head, isWholeFile: true).Format);
    }

    [Theory]
    [InlineData(EvidenceFormat.Png)]
    [InlineData(EvidenceFormat.Jpeg)]
    [InlineData(EvidenceFormat.Pdf)]
    [InlineData(EvidenceFormat.Mp4)]
    [InlineData(EvidenceFormat.QuickTime)]
    public void A_file_cut_short_is_incomplete(EvidenceFormat format)
    {
        var whole = format switch
        {
            EvidenceFormat.Png => EvidenceFiles.Png(),
            EvidenceFormat.Jpeg => EvidenceFiles.Jpeg(),
            EvidenceFormat.Pdf => EvidenceFiles.Pdf(),
            EvidenceFormat.QuickTime => EvidenceFiles.Mp4(brand: "qt  "),
            _ => EvidenceFiles.Mp4(),
        };

        Assert.Null(Inspect(format, whole));
        Assert.Equal(RefusalReasons.Incomplete, Inspect(format, whole[..^20]));
    }

    [Fact]
    public void Text_that_turns_binary_after_the_head_is_refused()
    {
        var content = EvidenceFiles.Concat(EvidenceFiles.Text(new string('a', ContentSniffer.HeadLength + 10)), [0x00, 0x01, 0x02]);

        Assert.Equal(EvidenceFormat.PlainText, ContentSniffer.Sniff(content.AsSpan(0, ContentSniffer.HeadLength), isWholeFile: false).Format);
        Assert.Equal(RefusalReasons.NotAllowed, Inspect(EvidenceFormat.PlainText, content));
    }

    [Fact]
    public void A_box_with_a_64_bit_size_is_followed()
    {
        byte[] largeMdat = [0, 0, 0, 1, .. "mdat"u8, 0, 0, 0, 0, 0, 0, 0, 116, .. EvidenceFiles.Pattern(100)];
        var file = EvidenceFiles.Concat(EvidenceFiles.Mp4(mediaBytes: 10), largeMdat);

        Assert.Null(Inspect(EvidenceFormat.Mp4, file));
        Assert.Equal(RefusalReasons.Incomplete, Inspect(EvidenceFormat.Mp4, file[..^1]));
    }

    /// <summary>Feeds the file to an inspector in uneven pieces, as a network would.</summary>
    private static string? Inspect(EvidenceFormat format, byte[] content)
    {
        var inspector = new ContentInspector(format);
        var pieces = new[] { 1, 3, 7, 500, 2000 };
        for (int offset = 0, i = 0; offset < content.Length; i++)
        {
            var length = Math.Min(pieces[i % pieces.Length], content.Length - offset);
            inspector.Append(content.AsSpan(offset, length));
            offset += length;
        }

        return inspector.Finish();
    }
}
