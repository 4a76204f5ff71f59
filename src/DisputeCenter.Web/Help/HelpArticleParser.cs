using System.Text;
using System.Text.RegularExpressions;
using DisputeCenter.Domain.Common;

namespace DisputeCenter.Web.Help;

/// <summary>
/// Reads an article file: front matter (<c>title:</c>, <c>summary:</c>) between <c>---</c> lines, then Markdown in which a
/// line <c>[[checklist Reason]]</c> or <c>[[deadline-table]]</c> stands for a live block, <c>{{Clock}}</c> for a deadline in
/// force, and every <c>##</c> heading ends with its anchor, <c>{#anchor}</c>. A mistake in a file stops the site at start-up
/// with the file and the line, never a half-rendered page.
/// </summary>
public static partial class HelpArticleParser
{
    public static HelpArticle Parse(string slug, string culture, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length < 3 || lines[0].Trim() != "---")
        {
            throw Mistake(slug, culture, 1, "the file must start with front matter between two '---' lines");
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
        {
            throw Mistake(slug, culture, 1, "the front matter has no closing '---' line");
        }

        var front = lines[1..end]
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        var title = front.GetValueOrDefault("title") is { Length: > 0 } t ? t : throw Mistake(slug, culture, 1, "the front matter needs a title");
        var summary = front.GetValueOrDefault("summary") is { Length: > 0 } s ? s : throw Mistake(slug, culture, 1, "the front matter needs a summary");

        var blocks = new List<HelpBlock>();
        var sections = new List<HelpSection>();
        var markdown = new StringBuilder();
        var section = new StringBuilder();
        (string Anchor, string Heading)? current = null;

        void FlushMarkdown()
        {
            if (markdown.ToString().Trim().Length > 0)
            {
                blocks.Add(new HelpBlock.Markdown(markdown.ToString()));
            }

            markdown.Clear();
        }

        void FlushSection()
        {
            if (current is { } open)
            {
                sections.Add(new HelpSection(open.Anchor, open.Heading, section.ToString()));
            }

            section.Clear();
        }

        for (var i = end + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            foreach (Match token in Placeholder().Matches(line))
            {
                if (!HelpDeadlines.Placeholders.Contains(token.Groups["name"].Value))
                {
                    throw Mistake(slug, culture, i + 1, $"unknown placeholder {token.Value} (known: {string.Join(", ", HelpDeadlines.Placeholders)})");
                }
            }

            if (Directive().Match(line) is { Success: true } directive)
            {
                FlushMarkdown();
                blocks.Add(Block(slug, culture, i + 1, directive.Groups["name"].Value, directive.Groups["argument"].Value));
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var heading = AnchoredHeading().Match(line);
                if (!heading.Success)
                {
                    throw Mistake(slug, culture, i + 1, "a '##' heading must end with its anchor, like {#not-received}");
                }

                FlushSection();
                current = (heading.Groups["anchor"].Value, heading.Groups["heading"].Value.Trim());
            }
            else if (current is not null)
            {
                section.AppendLine(line);
            }

            markdown.AppendLine(line);
        }

        FlushMarkdown();
        FlushSection();
        var duplicate = sections.GroupBy(s => s.Anchor, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new HelpArticle(slug, culture, title, summary, blocks, sections)
            : throw Mistake(slug, culture, 1, $"two sections have the anchor #{duplicate.Key}");
    }

    private static HelpBlock Block(string slug, string culture, int line, string name, string argument) => name switch
    {
        "deadline-table" when argument.Length == 0 => new HelpBlock.DeadlineTable(),
        "checklist" when Enum.TryParse<DisputeReason>(argument, ignoreCase: false, out var reason) && Enum.IsDefined(reason) =>
            new HelpBlock.EvidenceChecklist(reason),
        _ => throw Mistake(slug, culture, line, $"unknown block [[{name} {argument}]] (known: [[deadline-table]], [[checklist <DisputeReason>]])"),
    };

    private static InvalidOperationException Mistake(string slug, string culture, int line, string what) =>
        new($"Help article {culture}/{slug}.md, line {line}: {what}.");

    [GeneratedRegex(@"^\[\[(?<name>[a-z-]+)(?:\s+(?<argument>\w+))?\]\]\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Directive();

    [GeneratedRegex(@"^##\s+(?<heading>.+?)\s*\{#(?<anchor>[a-z0-9-]+)\}\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnchoredHeading();

    [GeneratedRegex(@"\{\{(?<name>\w+)\}\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();
}
