using System.Net;
using AngleSharp.Dom;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Testing;
using DisputeCenter.Web.Help;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

/// <summary>The help centre (/Help): the policy's real deadlines in both languages, the filing form's checklists, the search, and a link on every page.</summary>
public sealed class HelpCentreTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private HttpClient Reader(string? language = null)
    {
        var client = app.Browser();
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    private static string Section(IDocument page, string anchor)
    {
        var heading = page.GetElementById(anchor) ?? throw new InvalidOperationException($"No section #{anchor} on {page.Url}.");
        var text = new List<string> { heading.TextContent };
        for (var next = heading.NextElementSibling; next is not null && next.LocalName != "h2"; next = next.NextElementSibling)
        {
            text.Add(next.TextContent);
        }

        return string.Join("\n", text);
    }

    private static string Cell(IDocument page, string clock, int column) =>
        page.QuerySelectorAll($"table.help-deadlines tr[data-clock={clock}] td")[column].TextContent.Trim();

    [Fact]
    public async Task The_steps_show_the_deadlines_of_the_policy_in_force_in_both_languages_and_follow_a_new_version()
    {
        using var english = Reader();
        using var afrikaans = Reader("af-ZA");
        var before = await english.GetDocumentAsync("/Help/how-a-dispute-works");
        Assert.Contains("The seller then has 5 days to answer", Section(before, "seller-answers"), StringComparison.Ordinal);
        Assert.Contains("you have 30 days from the day they were delivered", Section(before, "filing-window"), StringComparison.Ordinal);
        Assert.Equal("5 days", Cell(before, "SellerResponse", 0));
        Assert.Equal("2 days", Cell(before, "SellerResponse", 2)); // perishables: the default row, then the categories by code

        var defaultRow = await app.Database.InScopeAsync(async s => (await s.GetRequiredService<DeadlinePolicyService>().CurrentAsync()).Single(r => r.CategoryCode is null && r.Reason is null));
        var revised = await app.Database.InScopeAsync(s => s.GetRequiredService<DeadlinePolicyService>().ReviseAsync(
            defaultRow.Id, defaultRow.Durations with { SellerResponse = TimeSpan.FromDays(9), Negotiation = TimeSpan.FromDays(12), FilingWindow = TimeSpan.FromDays(45) }, "admin-1"));
        Assert.True(revised.Succeeded);

        var after = await english.GetDocumentAsync("/Help/how-a-dispute-works");
        var answers = Section(after, "seller-answers");
        Assert.Contains("The seller then has 9 days to answer", answers, StringComparison.Ordinal);
        Assert.DoesNotContain("5 days", answers, StringComparison.Ordinal);
        Assert.Contains("You and the seller have 12 days from the day the dispute was filed", Section(after, "mediation"), StringComparison.Ordinal);
        Assert.Contains("you have 45 days from the day they were delivered", Section(after, "filing-window"), StringComparison.Ordinal);
        Assert.Equal("9 days", Cell(after, "SellerResponse", 0));
        Assert.Contains("You have 45 days to open a dispute", (await english.GetDocumentAsync("/Help/avoiding-disputes")).Body!.TextContent, StringComparison.Ordinal);

        var inAfrikaans = await afrikaans.GetDocumentAsync("/Help/how-a-dispute-works");
        Assert.Equal("af-ZA", inAfrikaans.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Hoe 'n dispuut werk, stap vir stap", inAfrikaans.QuerySelector("h1")!.TextContent);
        Assert.Contains("Die verkoper het dan 9 dae om te antwoord", Section(inAfrikaans, "seller-answers"), StringComparison.Ordinal);
        Assert.Contains("jy het 45 dae vandat dit afgelewer is", Section(inAfrikaans, "filing-window"), StringComparison.Ordinal);
        Assert.Equal("9 dae", Cell(inAfrikaans, "SellerResponse", 0));
        Assert.Equal(
            ["Sperdatum", "Die meeste bestellings", "Masjinerie en onderdele", "Voedsel en bederfbare goedere"],
            inAfrikaans.QuerySelectorAll("table.help-deadlines thead th").Select(th => th.TextContent));
        Assert.Equal("2 dae", Cell(inAfrikaans, "SellerResponse", 2));
        Assert.Equal("9 dae", Cell(await afrikaans.GetDocumentAsync("/Help"), "SellerResponse", 0));
    }

    [Fact]
    public async Task The_evidence_article_shows_the_filing_forms_checklist_for_every_reason_in_both_languages()
    {
        using var english = Reader();
        using var afrikaans = Reader("af-ZA");
        var page = await english.GetDocumentAsync(HelpLinks.Article(HelpLinks.StrongEvidence));
        var inAfrikaans = await afrikaans.GetDocumentAsync(HelpLinks.Article(HelpLinks.StrongEvidence));

        foreach (var reason in DisputeReasons.All)
        {
            var anchor = HelpLinks.Anchor(reason);
            Assert.Equal(reason.Title(), page.GetElementById(anchor)!.TextContent);
            Assert.Equal(Translations.Shared[reason.Title()], inAfrikaans.GetElementById(anchor)!.TextContent);
            Assert.Equal(
                reason.SuggestedEvidence().Select(s => s.Description),
                Checklist(page, anchor).Select(item => item[(item.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
            Assert.Equal(
                reason.SuggestedEvidence().Select(s => Translations.Shared[s.Description]),
                Checklist(inAfrikaans, anchor).Select(item => item[(item.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
        }

        static List<string> Checklist(IDocument page, string anchor)
        {
            var next = page.GetElementById(anchor)!.NextElementSibling;
            while (next is not null && !next.ClassList.Contains("help-checklist"))
            {
                Assert.NotEqual("h2", next.LocalName);
                next = next.NextElementSibling;
            }

            return next!.QuerySelectorAll("ul.checklist li").Select(li => li.TextContent.Trim()).ToList();
        }
    }

    [Fact]
    public void Every_article_is_written_in_both_languages_with_the_same_sections()
    {
        var library = app.Services.GetRequiredService<HelpLibrary>();

        Assert.Equal(HelpLinks.Articles, library.Slugs);
        foreach (var slug in library.Slugs)
        {
            Assert.Equal(Cultures.Supported.Order(StringComparer.Ordinal), library.CulturesOf(slug));
            var english = library.Find(slug, Cultures.Default)!;
            var afrikaans = library.Find(slug, "af-ZA")!;
            Assert.Equal(english.Sections.Select(s => s.Anchor), afrikaans.Sections.Select(s => s.Anchor));
            Assert.Equal(english.Blocks.Where(b => b is not HelpBlock.Markdown), afrikaans.Blocks.Where(b => b is not HelpBlock.Markdown));
            Assert.NotEqual(english.Title, afrikaans.Title);
        }

        var evidence = library.Find(HelpLinks.StrongEvidence, Cultures.Default)!;
        Assert.Equal(DisputeReasons.All, evidence.Blocks.OfType<HelpBlock.EvidenceChecklist>().Select(c => c.Reason));
    }

    [Theory]
    [InlineData("en", "SAMPLE", HelpLinks.AvoidingDisputes, "Order a sample first")]
    [InlineData("en", "grootmaatbestelling", HelpLinks.AvoidingDisputes, "Order a sample first")]
    [InlineData("af-ZA", "sample", HelpLinks.AvoidingDisputes, "Bestel eers 'n monster")]
    [InlineData("en", "appel", HelpLinks.OutcomesAndMoney, "Claim rejected")]
    [InlineData("af-ZA", "Appèl", HelpLinks.OutcomesAndMoney, "Eis afgewys")]
    [InlineData("en", "unboxing video", HelpLinks.StrongEvidence, "Item damaged in transit")]
    public async Task The_search_finds_an_article_by_its_words_in_either_language_ignoring_case_and_accents(string language, string query, string slug, string section)
    {
        using var client = Reader(language);

        var page = await client.GetDocumentAsync("/Help?q=" + Uri.EscapeDataString(query));

        Assert.Equal(query, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#help-q")!.Value);
        var results = page.QuerySelectorAll(".help-results ol.help-list > li").ToList();
        var found = Assert.Single(results, r => r.QuerySelector("h3 a")!.GetAttribute("href") == HelpLinks.Article(slug));
        Assert.Contains(found.QuerySelectorAll(".help-sections a"), a => a.TextContent == section && a.GetAttribute("href")!.StartsWith(HelpLinks.Article(slug) + "#", StringComparison.Ordinal));
        var status = page.QuerySelector(".help-results [role=status]")!.TextContent;
        Assert.EndsWith($"“{query}”.", status, StringComparison.Ordinal);
        Assert.Contains(language == "en" ? " match" : " pas by ", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so_in_the_readers_language_and_still_lists_the_articles()
    {
        using var english = Reader();
        using var afrikaans = Reader("af-ZA");

        var page = await english.GetDocumentAsync("/Help?q=xylophone+quasar");
        var inAfrikaans = await afrikaans.GetDocumentAsync("/Help?q=xylophone+quasar");
        var blank = await english.GetDocumentAsync("/Help?q=%3F%21");

        Assert.Equal(
            "No article matches “xylophone quasar”. Try fewer words, or another word for the same thing, or browse the articles below.",
            page.QuerySelector(".help-results [role=status]")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".help-results ol.help-list > li"));
        Assert.Equal(HelpLinks.Articles.Count, page.QuerySelectorAll("#articles-title + ul.help-list > li").Length);
        Assert.StartsWith("Geen artikel pas by “xylophone quasar” nie.", inAfrikaans.QuerySelector(".help-results [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Type a word or two to look for", blank.QuerySelector(".help-results [role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_article_is_a_404()
    {
        using var client = Reader();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Help/no-such-article")).StatusCode);
    }

    [Fact]
    public async Task Every_page_of_every_role_links_to_the_help_centre()
    {
        var walk = new SiteWalk(app);
        var ids = await walk.SampleIdsAsync();
        var pages = 0;
        var missing = new List<string>();
        foreach (var (role, client) in await walk.ClientsAsync())
        {
            // Not the site's pages: the health probes, and Scalar's API reference (its own page, for administrators).
            var routes = walk.MappedRoutes().Where(r => !r.StartsWith("health", StringComparison.Ordinal) && !r.StartsWith("scalar", StringComparison.Ordinal));
            foreach (var url in routes.SelectMany(r => SiteWalk.UrlsFor(r, ids)))
            {
                using var response = await client.GetAsync(url);
                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                pages++;
                if ((await response.ParseAsync()).QuerySelector("header a[href='/Help']") is null)
                {
                    missing.Add($"{role} {url} ({(int)response.StatusCode})");
                }
            }
        }

        Assert.True(missing.Count == 0, "No link to /Help on: " + string.Join(", ", missing));
        Assert.True(pages >= 40, $"only {pages} pages looked at");
    }

    [Fact]
    public async Task The_form_steps_link_to_the_help_they_need()
    {
        var filed = await app.Database.FileAsync();
        var order = await app.Data.OrderAsync(filed.Buyer.Id, filed.Seller.Id, product: "Kettle", deliveredDaysAgo: 1);
        using var buyer = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await buyer.SignInAsync(filed.Buyer.Email!, TestData.Password)).StatusCode);
        using var seller = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await seller.SignInAsync(filed.SellerUser.Email!, TestData.Password)).StatusCode);

        static IEnumerable<string> Links(IDocument page) => page.QuerySelectorAll("main a[href^='/Help']").Select(a => a.GetAttribute("href")!);

        Assert.Contains("/Help/how-a-dispute-works#talk-to-the-seller", Links(await buyer.GetDocumentAsync($"/Orders/{order.Id}/Problem")));
        Assert.Contains("/Help/how-a-dispute-works", Links(await buyer.GetDocumentAsync($"/Disputes/New?orderId={order.Id}")));
        Assert.Contains("/Help/strong-evidence", Links(await buyer.GetDocumentAsync($"/Disputes/{filed.DisputeId}/Evidence")));
        Assert.Contains("/Help/strong-evidence#for-sellers", Links(await seller.GetDocumentAsync($"/Disputes/{filed.DisputeId}/Evidence")));
        Assert.Contains("/Help/strong-evidence#for-sellers", Links(await seller.GetDocumentAsync($"/Seller/Claims/{filed.DisputeId}")));

        var details = await (await buyer.SubmitAsync($"/Disputes/New?orderId={order.Id}", "main form", new Dictionary<string, string>
        {
            ["Input.Reason"] = nameof(DisputeReason.DamagedInTransit),
            ["go"] = "details",
        })).ParseAsync();
        Assert.Contains("/Help/outcomes-and-money", Links(details));
        var evidence = await (await buyer.SubmitAsync($"/Disputes/New?orderId={order.Id}", "main form", new Dictionary<string, string>
        {
            ["Input.Reason"] = nameof(DisputeReason.DamagedInTransit),
            ["Input.Description"] = DisputeFlow.Description,
            ["Input.AmountClaimed"] = "10",
            ["Input.Remedy"] = nameof(Remedy.PartialRefund),
            ["go"] = "evidence",
        })).ParseAsync();
        Assert.Contains("/Help/strong-evidence#damaged-in-transit", Links(evidence));
    }
}
