using DisputeCenter.Domain.Common;
using DisputeCenter.Web.Help;

namespace DisputeCenter.Web.Tests;

/// <summary>An article file with a mistake stops the site at start-up, naming the file and the line; a good one parses into blocks and sections.</summary>
public sealed class HelpArticleParserTests
{
    private const string Front = "---\ntitle: A title\nsummary: A summary\n---\n";

    [Fact]
    public void An_article_parses_into_markdown_live_blocks_and_anchored_sections()
    {
        var article = HelpArticleParser.Parse("test", "en", Front + "Intro.\n\n## First {#first}\n\nWait {{SellerResponse}}.\n\n[[checklist NotReceived]]\n\n## Second {#second}\n\n[[deadline-table]]\n");

        Assert.Equal("A title", article.Title);
        Assert.Equal(["first", "second"], article.Sections.Select(s => s.Anchor));
        Assert.Equal("First", article.Sections[0].Heading);
        Assert.Contains("{{SellerResponse}}", article.Sections[0].Source, StringComparison.Ordinal);
        Assert.Collection(
            article.Blocks,
            b => Assert.IsType<HelpBlock.Markdown>(b),
            b => Assert.Equal(new HelpBlock.EvidenceChecklist(DisputeReason.NotReceived), b),
            b => Assert.IsType<HelpBlock.Markdown>(b),
            b => Assert.IsType<HelpBlock.DeadlineTable>(b));
    }

    [Theory]
    [InlineData("No front matter.\n", "line 1: the file must start with front matter")]
    [InlineData("---\ntitle: T\n---\nText\n", "line 1: the front matter needs a summary")]
    [InlineData(Front + "Text\n\n## No anchor\n", "line 7: a '##' heading must end with its anchor")]
    [InlineData(Front + "Wait {{SellerAnswer}}.\n", "line 5: unknown placeholder {{SellerAnswer}}")]
    [InlineData(Front + "\n[[checklist Lost]]\n", "line 6: unknown block [[checklist Lost]]")]
    [InlineData(Front + "## A {#same}\n## B {#same}\n", "two sections have the anchor #same")]
    public void A_mistake_in_a_file_names_the_file_and_the_line(string text, string expected)
    {
        var mistake = Assert.Throws<InvalidOperationException>(() => HelpArticleParser.Parse("broken", "af-ZA", text));

        Assert.StartsWith("Help article af-ZA/broken.md, ", mistake.Message, StringComparison.Ordinal);
        Assert.Contains(expected, mistake.Message, StringComparison.Ordinal);
    }
}
