using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DisputeCenter.Web.Tests.Infrastructure;

namespace DisputeCenter.Web.Tests;

/// <summary>
/// Hostile values (huge, negative, non-numeric, markup, control characters, 100,000 characters) in every query parameter of
/// every list and in every field of every form the site shows each role: never a 5xx, never the error page, never a
/// stack trace; a value out of range is refused with a message on the page.
/// </summary>
public sealed class HostileInputTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    public static readonly string[] Corpus =
    [
        "2147483647", "2147483648", "-2147483649", "99999999999999999999999", "-1", "0", "1e309", "NaN", "abc", "",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE disputes; --", "\u0000", "a\u0000b",
        "\u0007\u001b[31m\r\n", "\ud800", "../../etc/passwd", "9999-12-31", "0001-01-01", "2026-02-30", new string('x', 100_000),
    ];

    /// <summary>Forms whose post would end the walk itself (signing out) rather than test input.</summary>
    private static readonly string[] Skipped = ["/Identity/Account/Logout"];

    [Fact]
    public async Task No_hostile_value_in_a_query_or_a_form_field_ever_reaches_a_5xx()
    {
        var walk = new SiteWalk(app);
        var ids = await walk.SampleIdsAsync();
        var clients = await walk.ClientsAsync();
        var failures = new List<string>();
        var formsTried = 0;
        var fieldsTried = 0;
        foreach (var (role, client) in clients)
        {
            foreach (var route in walk.MappedRoutes().Where(r => !r.StartsWith("health", StringComparison.Ordinal)))
            {
                foreach (var url in SiteWalk.UrlsFor(route, ids).Take(2))
                {
                    using var response = await client.GetAsync(url);
                    if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                    {
                        continue;
                    }

                    var page = await response.ParseAsync();
                    foreach (var form in page.QuerySelectorAll<IHtmlFormElement>("form"))
                    {
                        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url.Split('?')[0] : form.GetAttribute("action")!;
                        if (Skipped.Any(s => action.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
                        {
                            continue;
                        }

                        formsTried++;
                        var isGet = !string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase);
                        var fields = Fields(form);
                        // List pages also take "p" (the page number), which only their pager links carry.
                        var names = isGet ? fields.Keys.Append("p").Distinct(StringComparer.Ordinal).ToList() : fields.Keys.Where(k => k != "__RequestVerificationToken").ToList();
                        foreach (var name in names)
                        {
                            fieldsTried++;
                            foreach (var value in Corpus)
                            {
                                var sent = new Dictionary<string, string>(fields, StringComparer.Ordinal) { [name] = value };
                                using var answer = isGet
                                    ? await client.GetAsync($"{action}?{string.Join("&", sent.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"))}")
                                    : await client.PostAsync(action, new FormUrlEncodedContent(sent));
                                if (await ProblemAsync(answer) is { } problem)
                                {
                                    failures.Add($"{role} {(isGet ? "GET" : "POST")} {action} {name}={Shown(value)}: {problem}");
                                }
                            }
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Distinct().Take(60)));
        Assert.True(formsTried >= 30, $"only {formsTried} forms found");
        Assert.True(fieldsTried >= 100, $"only {fieldsTried} fields tried");
    }

    [Theory]
    [InlineData("/Orders?p=2147483647")]
    [InlineData("/Orders?p=-5")]
    [InlineData("/Disputes?p=2147483647")]
    [InlineData("/Seller/Claims?p=2147483647")]
    [InlineData("/Seller/Orders?p=2147483647")]
    [InlineData("/Moderation?p=2147483647&min=-1&max=99999999")]
    public async Task A_page_number_beyond_the_end_shows_the_last_page_not_an_error(string url)
    {
        var walk = new SiteWalk(app);
        await walk.SampleIdsAsync();
        foreach (var (_, client) in await walk.ClientsAsync())
        {
            using var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"{url}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/Orders?to=9999-12-31")]
    [InlineData("/Orders?from=0001-01-01")]
    public async Task A_date_no_order_can_have_is_refused_on_the_filter_with_a_message(string url)
    {
        var walk = new SiteWalk(app);
        await walk.SampleIdsAsync();
        var buyer = (await walk.ClientsAsync())["Buyer"];

        using var response = await buyer.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a date between 2000 and 2100.", (await response.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>What the browser would send for the form as shown: each named field with its current value.</summary>
    private static Dictionary<string, string> Fields(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is not ("file" or "submit") && (input.Type is not ("checkbox" or "radio") || input.IsChecked):
                    fields.TryAdd(input.Name!, input.Value);
                    break;
                case IHtmlInputElement { Name.Length: > 0, Type: "checkbox" or "radio" } choice:
                    fields.TryAdd(choice.Name!, choice.Value);
                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } text:
                    fields.TryAdd(text.Name!, text.Value);
                    break;
                case IHtmlSelectElement { Name.Length: > 0 } select:
                    fields.TryAdd(select.Name!, select.Value ?? string.Empty);
                    break;
            }
        }

        return fields;
    }

    /// <summary>A 5xx or the friendly error page is a failure; so is a re-shown form that does not say what is wrong.</summary>
    private static async Task<string?> ProblemAsync(HttpResponseMessage answer)
    {
        var body = await answer.Content.ReadAsStringAsync();
        if ((int)answer.StatusCode >= 500 || body.Contains("Sorry, something went wrong on our side", StringComparison.Ordinal))
        {
            return $"{(int)answer.StatusCode}";
        }

        return body.Contains(" at DisputeCenter.", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal) ? "a stack trace" : null;
    }

    private static string Shown(string value) => value.Length > 40 ? $"({value.Length} characters)" : System.Text.Json.JsonSerializer.Serialize(value);
}
