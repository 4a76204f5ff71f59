namespace DisputeCenter.Web.Help;

/// <summary>
/// One article of the help centre in one language, as its Markdown file says: the title and summary of its front matter,
/// its body as blocks (Markdown, and the live blocks the page fills in), and its sections (each <c>## Heading {#anchor}</c>)
/// for the search.
/// </summary>
public sealed record HelpArticle(string Slug, string Culture, string Title, string Summary, IReadOnlyList<HelpBlock> Blocks, IReadOnlyList<HelpSection> Sections)
{
    /// <summary>The section a link can jump to, by its anchor (the same in every language).</summary>
    public HelpSection? Section(string anchor) => Sections.FirstOrDefault(s => string.Equals(s.Anchor, anchor, StringComparison.Ordinal));
}

/// <summary>A <c>##</c> section of an article: its anchor, its heading, and its words as written (Markdown).</summary>
public sealed record HelpSection(string Anchor, string Heading, string Source);

/// <summary>A piece of an article's body.</summary>
public abstract record HelpBlock
{
    private HelpBlock()
    {
    }

    /// <summary>Written text, with <c>{{Clock}}</c> placeholders for the deadlines in force (see <see cref="HelpDeadlines"/>).</summary>
    public sealed record Markdown(string Source) : HelpBlock;

    /// <summary>The evidence checklist the filing form shows for a reason (<c>[[checklist NotAsDescribed]]</c>).</summary>
    public sealed record EvidenceChecklist(Domain.Common.DisputeReason Reason) : HelpBlock;

    /// <summary>Every row of the deadline policy in force, as a table (<c>[[deadline-table]]</c>).</summary>
    public sealed record DeadlineTable : HelpBlock;
}
