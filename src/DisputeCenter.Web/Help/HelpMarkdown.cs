using Markdig;
using Microsoft.AspNetCore.Html;

namespace DisputeCenter.Web.Help;

/// <summary>Markdown to HTML for the articles: CommonMark with <c>{#anchor}</c> on headings; raw HTML in a file is shown as text, never markup.</summary>
public static class HelpMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseGenericAttributes().Build();

    public static IHtmlContent ToHtml(string markdown) => new HtmlString(Markdown.ToHtml(markdown, Pipeline));
}
