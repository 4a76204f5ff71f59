using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;

namespace DisputeCenter.Web.Tests;

public sealed partial class LocalizationTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private static readonly CultureInfo Afrikaans = new("af-ZA");

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> ChooseAsync(HttpClient client, string page, string field, string value)
    {
        var response = await client.SubmitAsync(page, "form.preferences", new Dictionary<string, string> { [field] = value });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private static IDocument AssertLang(IDocument page, string lang)
    {
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        return page;
    }

    [Fact]
    public async Task Switching_to_Afrikaans_in_the_header_sets_the_cookie_and_the_pages_speak_Afrikaans()
    {
        var (_, seller) = await app.Data.SellerAsync("Taal Supplier");
        var buyer = await app.Data.BuyerAsync();
        await app.Data.OrderAsync(buyer.Id, seller.Id, product: "Lamp \"Deluxe\" <wit> & blou");
        using var client = await SignedInAsync(buyer.Email!);
        AssertLang(await client.GetDocumentAsync("/Orders"), "en");

        var response = await ChooseAsync(client, "/Orders?sort=Oldest", "culture", "af-ZA");

        Assert.Equal("/Orders?sort=Oldest", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-DisputeCenter.Culture=", StringComparison.Ordinal));
        Assert.Contains("c%3Daf-ZA%7Cuic%3Daf-ZA", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);

        var page = AssertLang(await client.GetDocumentAsync("/Orders"), "af-ZA");
        Assert.Equal("My bestellings", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Soek", page.QuerySelector("label[for=q]")!.TextContent);
        Assert.Contains("Meld af", page.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("af-ZA", page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#pref-culture")!.Value);
        Assert.Contains("Lamp \"Deluxe\" <wit> & blou", page.QuerySelector("table.data tbody")!.TextContent, StringComparison.Ordinal);

        await ChooseAsync(client, "/Orders", "culture", "en");
        var english = AssertLang(await client.GetDocumentAsync("/Orders"), "en");
        Assert.Equal("My orders", english.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Accept_Language_picks_Afrikaans_when_no_choice_was_made_and_unknown_choices_are_ignored()
    {
        using var client = app.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("af-ZA");
        var page = AssertLang(await client.GetDocumentAsync("/Identity/Account/Login"), "af-ZA");
        Assert.Equal("Meld aan", page.QuerySelector("h1")!.TextContent);

        using var other = app.Browser();
        var response = await ChooseAsync(other, "/", "culture", "xx-YY");
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-DisputeCenter.Culture=", StringComparison.Ordinal)));
        AssertLang(await other.GetDocumentAsync("/"), "en");
    }

    [Fact]
    public async Task The_switch_only_returns_to_local_pages()
    {
        using var client = app.Browser();

        var response = await client.PostAsync("/Culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "af-ZA",
            ["returnUrl"] = "https://evil.example/",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Dates_and_money_follow_the_culture_and_times_the_chosen_zone_with_the_zone_named()
    {
        var (_, seller) = await app.Data.SellerAsync();
        var buyer = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, product: "Espresso machine", unitPrice: 1234.5m, quantity: 1);
        using var client = await SignedInAsync(buyer.Email!);
        var placed = order.PlacedAt.ToUniversalTime();

        var english = await client.GetDocumentAsync($"/Orders/{order.Id}");
        Assert.Equal(placed.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture), Fact(english, "Placed"));
        Assert.Contains("USD 1,234.50", english.Body!.TextContent, StringComparison.Ordinal);

        await ChooseAsync(client, $"/Orders/{order.Id}", "culture", "af-ZA");
        var afrikaans = await client.GetDocumentAsync($"/Orders/{order.Id}");
        Assert.Equal(placed.ToString("d MMM yyyy, HH:mm 'UTC'", Afrikaans), Fact(afrikaans, "Geplaas"));
        Assert.Contains(placed.ToString("MMM", Afrikaans), Fact(afrikaans, "Geplaas"), StringComparison.Ordinal);
        Assert.Contains("USD 1\u00a0234,50", afrikaans.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Espresso machine", afrikaans.Body.TextContent, StringComparison.Ordinal);

        await ChooseAsync(client, $"/Orders/{order.Id}", "timeZone", "Africa/Johannesburg");
        var local = await client.GetDocumentAsync($"/Orders/{order.Id}");
        Assert.Equal("Africa/Johannesburg", local.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#pref-tz")!.Value);
        Assert.Equal(
            placed.AddHours(2).ToString("d MMM yyyy, HH:mm", Afrikaans) + " Africa/Johannesburg (UTC+02:00)",
            Fact(local, "Geplaas"));
    }

    [Fact]
    public async Task What_the_buyer_wrote_is_shown_exactly_as_written_in_both_languages()
    {
        var filed = await app.Database.FileAsync();
        using var client = await SignedInAsync(filed.Buyer.Email!);

        var english = await client.GetDocumentAsync($"/Disputes/{filed.DisputeId}");
        Assert.Contains(DisputeFlow.Description, english.QuerySelector(".prewrap")!.TextContent, StringComparison.Ordinal);

        await ChooseAsync(client, $"/Disputes/{filed.DisputeId}", "culture", "af-ZA");
        var afrikaans = AssertLang(await client.GetDocumentAsync($"/Disputes/{filed.DisputeId}"), "af-ZA");
        Assert.Equal(DisputeFlow.Description, afrikaans.QuerySelector(".prewrap")!.TextContent);
        Assert.Contains("Jou eis", afrikaans.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Item defektief of nie soos beskryf nie", afrikaans.Body.TextContent, StringComparison.Ordinal);

        var order = await client.GetDocumentAsync($"/Orders/{filed.Order.Id}");
        Assert.Contains("Headphones", order.QuerySelector("table.data tbody")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Bestelling " + filed.Order.Number, order.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_buyers_order_list_problem_form_and_registration_speak_Afrikaans()
    {
        var filed = await app.Database.FileAsync();
        var order = await app.Data.OrderAsync(filed.Buyer.Id, filed.Seller.Id, product: "Nuwe ketel", placedDaysAgo: 5, deliveredDaysAgo: 1);
        using var client = await SignedInAsync(filed.Buyer.Email!);
        await ChooseAsync(client, "/", "culture", "af-ZA");

        var list = AssertLang(await client.GetDocumentAsync("/Orders"), "af-ZA");
        var rows = list.QuerySelectorAll("table.data tbody tr");
        var disputed = rows.Single(r => r.TextContent.Contains("Headphones", StringComparison.Ordinal)).QuerySelector("td.filing")!;
        Assert.Equal("Dispuut is oop", disputed.TextContent.Trim());
        var fresh = rows.Single(r => r.TextContent.Contains("Nuwe ketel", StringComparison.Ordinal)).QuerySelector("td.filing")!.TextContent;
        var opens = app.Clock.GetUtcNow().AddDays(3).ToString("d MMM yyyy", Afrikaans);
        var until = order.DeliveredAt!.Value.AddDays(30).ToString("d MMM yyyy", Afrikaans);
        Assert.Equal($"Kontak eers die verkoper; moontlik vanaf {opens} tot {until}", WhiteSpace().Replace(fresh, " ").Trim());

        var refused = await (await client.SubmitAsync($"/Orders/{order.Id}/Problem", "main form", new Dictionary<string, string> { ["Input.Message"] = "" })).ParseAsync();
        Assert.Equal(
            ["Kies wat verkeerd geloop het.", "Skryf aan die verkoper: wat is verkeerd, en wat jy wil hê hulle moet doen."],
            refused.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).Order(StringComparer.Ordinal));

        var newcomer = await app.Data.BuyerAsync();
        using var newClient = await SignedInAsync(newcomer.Email!);
        await ChooseAsync(newClient, "/", "culture", "af-ZA");
        Assert.Contains("Jy het nog geen bestellings nie.", (await newClient.GetDocumentAsync("/Orders")).QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);

        using var stranger = app.Browser();
        await ChooseAsync(stranger, "/Identity/Account/Register", "culture", "af-ZA");
        var register = await (await stranger.SubmitAsync("/Identity/Account/Register", "main form", new Dictionary<string, string>
        {
            ["Input.AccountType"] = "Buyer",
            ["Input.DisplayName"] = "Nomsa",
            ["Input.Email"] = $"nomsa-{Guid.NewGuid():N}@test.example",
            ["Input.Password"] = "a passphrase of words",
            ["Input.BusinessName"] = "Karoo Pompe",
        })).ParseAsync();
        Assert.Contains("Jy het gekies om te koop, maar die verkopers se verskafferprofiel ingevul.", register.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("As jy koop, laat dit leeg.", register.QuerySelector("#seller-profile .hint")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Afrikaans", register.QuerySelector(".preferences-menu > summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buyer_pages_in_Afrikaans_keep_no_English_headings()
    {
        var filed = await app.Database.FileAsync();
        using var client = await SignedInAsync(filed.Buyer.Email!);
        await ChooseAsync(client, "/", "culture", "af-ZA");

        foreach (var url in new[] { "/", "/Orders", $"/Orders/{filed.Order.Id}", $"/Orders/{filed.Order.Id}/Conversation", "/Disputes", $"/Disputes/{filed.DisputeId}", $"/Disputes/{filed.DisputeId}/Evidence" })
        {
            var page = AssertLang(await client.GetDocumentAsync(url), "af-ZA");
            var headings = page.QuerySelectorAll("h1, h2, label, legend, th, dt, button").Select(e => e.TextContent.Trim());
            foreach (var english in new[] { "My orders", "My disputes", "What happens next", "Payment", "Shipping", "Supplier", "Timeline", "Offers", "Your claim", "Sign out", "Search", "Evidence", "Add files" })
            {
                Assert.DoesNotContain(english, headings);
            }
        }
    }

    [Fact]
    public async Task Seller_moderation_and_administration_pages_in_Afrikaans_leave_no_translated_text_in_English()
    {
        var filed = await app.Database.FileAsync();
        var moderator = await app.Data.ModeratorAsync();
        await app.Database.EscalateAndTakeAsync(filed, moderator.Id);
        var admin = await app.Data.UserAsync(Roles.Administrator, "Ada Admin");
        var pages = new Dictionary<string, string[]>
        {
            [filed.SellerUser.Email!] = ["/Seller", "/Seller/Claims", $"/Seller/Claims/{filed.DisputeId}", "/Seller/Record", "/Seller/Conversations", "/Notifications"],
            [moderator.Email!] = ["/Moderation", "/Moderation/Appeals", "/Moderation/Overview", $"/Moderation/Cases/{filed.DisputeId}",
                "/Identity/Account/Manage", "/Identity/Account/Manage/TwoFactor", "/Identity/Account/Manage/EnableAuthenticator",
                "/Identity/Account/Manage/ChangePassword", "/Identity/Account/Manage/ChangeEmail"],
            [admin.Email!] = ["/Admin/DeadlinePolicy", "/Admin/ReasonCodes", "/Admin/Moderators", "/Admin/Webhooks", $"/Admin/Accounts?Email={Uri.EscapeDataString(moderator.Email!)}"],
        };

        var afrikaansTexts = Translations.Afrikaans.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var (email, urls) in pages)
        {
            using var client = await SignedInAsync(email);
            await ChooseAsync(client, "/", "culture", "af-ZA");
            foreach (var url in urls)
            {
                var page = AssertLang(await client.GetDocumentAsync(url), "af-ZA");
                var english = page.QuerySelectorAll("main h1, main h2, main h3, main label, main legend, main th, main dt, main button, main summary, main .hint")
                    .Where(e => Translations.Afrikaans.TryGetValue(e.TextContent.Trim(), out var afrikaans) && afrikaans != e.TextContent.Trim()
                        && !afrikaansTexts.Contains(e.TextContent.Trim())) // "Dispute" is English for one and Afrikaans for "Disputes"
                    .Select(e => e.OuterHtml)
                    .ToList();
                Assert.True(english.Count == 0, $"{url} still shows in English: {string.Join(" | ", english)}");
            }
        }
    }

    [Fact]
    public void Every_text_the_pages_look_up_has_an_Afrikaans_entry_in_the_file_its_lookup_reads()
    {
        var sources = Directory.EnumerateFiles(Translations.WebProject, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var shared = Keys(sources.SelectMany(s => SharedText().Matches(s).Concat(DoneMessage().Matches(s))));
        var phrases = Keys(sources.SelectMany(s => PhraseText().Matches(s)));

        Assert.True(shared.Count > 250, $"Only {shared.Count} shared texts found: is the scan still right?");
        Assert.True(phrases.Count >= 5, $"Only {phrases.Count} phrases found: is the scan still right?");
        Assert.Contains("Awaiting payment", shared);
        Assert.Contains("create an account", phrases);
        AssertTranslated(shared, Translations.Shared, "SharedResource");
        AssertTranslated(phrases, Translations.Phrases, "PhraseResource");
        Assert.All(Translations.Shared.Concat(Translations.Phrases), pair => Assert.Equal(Placeholders().Count(pair.Key), Placeholders().Count(pair.Value)));
    }

    private static List<string> Keys(IEnumerable<Match> matches) =>
        matches.Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)).Distinct().ToList();

    /// <summary>A text looked up in <paramref name="file"/> and missing there: the page would show it in English.</summary>
    private static void AssertTranslated(IEnumerable<string> keys, IReadOnlyDictionary<string, string> afrikaans, string file)
    {
        var missing = keys.Where(key => !afrikaans.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text)).ToList();
        Assert.True(missing.Count == 0, $"No Afrikaans in {file} for: " + string.Join(" | ", missing));
    }

    private static string Fact(IDocument page, string term) =>
        page.QuerySelectorAll("dt").First(dt => dt.TextContent == term).NextElementSibling!.TextContent;


    /// <summary>A text looked up among the shared texts: <c>T["…"]</c> (the views' localizer), <c>Text.T("…")</c>, and <c>T("…")</c> inside <c>Text</c>.</summary>
    [GeneratedRegex("""(?:\bT\[|\bText\.T\(|\bT\()"((?:[^"\\]|\\.)*)"\s*[,\]\)]""")]
    private static partial Regex SharedText();

    /// <summary>A phrase: <c>Text.Phrase("…")</c>.</summary>
    [GeneratedRegex("""\bPhrase\("((?:[^"\\]|\\.)*)"\s*\)""")]
    private static partial Regex PhraseText();

    /// <summary>What a page says after an action (<c>ActAsync(id, action, "Your offer was sent.", cancellationToken)</c>), shown through Text.T.</summary>
    [GeneratedRegex("""ActAsync\([^;]*"((?:[^"\\]|\\.)*)",\s*cancellationToken\)""")]
    private static partial Regex DoneMessage();

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholders();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
