using System.Text;
using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Services.Evidence.Sniffing;

/// <summary>
/// Plain text or a saved e-mail (.eml), decided by content: UTF-8 without binary bytes, that is not HTML or SVG in
/// disguise. An e-mail is text that opens with RFC 5322 header fields.
/// </summary>
internal static class TextSniffer
{
    private static readonly string[] MarkupOpeners =
    [
        "<!doctype", "<html", "<head", "<body", "<script", "<iframe", "<svg", "<?xml", "<!--", "<style", "<title",
        "<meta", "<link", "<object", "<embed", "<img", "<div", "<table", "<font", "<form", "<h1", "<br", "<p", "<a", "<b",
    ];

    private static readonly HashSet<string> MailFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "Received", "Return-Path", "Message-ID", "MIME-Version", "Delivered-To", "DKIM-Signature", "ARC-Seal",
    };

    public static SniffResult Sniff(ReadOnlySpan<byte> head, bool isWholeFile)
    {
        var validator = new Utf8TextValidator();
        if (!validator.Append(head) || (isWholeFile && !validator.Finish()))
        {
            return SniffResult.Refused(RefusalReasons.NotAllowed);
        }

        var text = Decode(head);
        if (IsMarkup(text))
        {
            return SniffResult.Refused(RefusalReasons.NotAllowed);
        }

        return SniffResult.Is(IsMail(text, isWholeFile) ? EvidenceFormat.Eml : EvidenceFormat.PlainText);
    }

    private static string Decode(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        return new UTF8Encoding(false, false).GetString(head);
    }

    private static bool IsMarkup(string text)
    {
        var start = text.AsSpan().TrimStart();
        foreach (var opener in MarkupOpeners)
        {
            if (start.StartsWith(opener, StringComparison.OrdinalIgnoreCase)
                && (start.Length == opener.Length || opener[^1] is not (>= 'a' and <= 'z' or >= '0' and <= '9')
                    || start[opener.Length] is ' ' or '>' or '/' or '\t' or '\r' or '\n'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Header fields ("Name: value", folded lines indented) up to the first blank line, including a mail-only field.</summary>
    private static bool IsMail(string text, bool isWholeFile)
    {
        var lines = text.Split('\n');
        var complete = isWholeFile ? lines.Length : lines.Length - 1;
        var fields = 0;
        var mailFields = 0;
        for (var i = 0; i < complete; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                break;
            }

            if (line[0] is ' ' or '\t')
            {
                if (fields == 0)
                {
                    return false;
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !line.AsSpan(0, colon).ContainsOnlyFieldNameCharacters())
            {
                return false;
            }

            fields++;
            mailFields += MailFields.Contains(line[..colon]) ? 1 : 0;
        }

        return fields >= 2 && mailFields >= 1;
    }

    private static bool ContainsOnlyFieldNameCharacters(this ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c is < '!' or > '~' or ':')
            {
                return false;
            }
        }

        return true;
    }
}
