using System.Net;
using System.Text;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DisputeCenter.Web.Tests;

/// <summary>
/// CSRF by construction: every POST handler of every Razor Page the app maps, found from the endpoint data source (not a
/// hand-kept list), is posted to without an antiforgery token by a stranger and by each role, and refuses, changing nothing.
/// </summary>
public sealed class AntiforgeryTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    /// <summary>
    /// Pages that take a post without a token, each for a reason: the error and status pages are where a failed post is
    /// re-executed (they render a message and change nothing); the language switch changes only this browser's display
    /// cookies without one, never the account (see CultureModel and the test below).
    /// </summary>
    private static readonly string[] TokenFree = ["Error", "StatusCode/{code:int}", "Culture"];

    [Fact]
    public async Task Every_post_handler_refuses_a_request_without_a_token_and_changes_nothing()
    {
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = app.Browser() };
        foreach (var (role, email) in await AccountsAsync())
        {
            var client = app.Browser();
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
            clients[role] = client;
        }

        var handlers = await PostHandlersAsync();
        var before = await FingerprintAsync();
        var failures = new List<string>();
        foreach (var (route, handler) in handlers.Where(h => !TokenFree.Contains(h.Route)))
        {
            var url = UrlFor(route, handler);
            var refusedSomeone = false;
            foreach (var (role, client) in clients)
            {
                using var response = await client.PostAsync(url, new FormUrlEncodedContent(PlausibleForm()));
                var status = (int)response.StatusCode;
                if (response.StatusCode == HttpStatusCode.BadRequest)
                {
                    refusedSomeone = true;
                }
                else if (!IsSentToSignInOrDenied(response))
                {
                    failures.Add($"{role} POST {url}: {status} {response.Headers.Location}");
                }
            }

            if (!refusedSomeone)
            {
                failures.Add($"POST {url}: no role reached the antiforgery check (every one was sent away)");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await FingerprintAsync());
        // The walk saw the site's forms: sign-in, registration, filing, the seller's answer, the moderator's decision...
        Assert.True(handlers.Count >= 20, $"only {handlers.Count} post handlers found");
        Assert.Contains(handlers, h => h.Route == "Identity/Account/Login");
        Assert.Contains(handlers, h => h.Route == "Identity/Account/Logout");
    }

    [Fact]
    public async Task The_language_switch_without_a_token_changes_the_display_but_never_the_account()
    {
        var buyer = await app.Data.UserAsync(Roles.Buyer, "Tokenless Buyer");
        using var client = app.Browser();
        await client.SignInAsync(buyer.Email!, TestData.Password);

        using var forged = await client.PostAsync("/Culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "af-ZA",
            ["timeZone"] = "Asia/Shanghai",
        }));

        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Contains(forged.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-DisputeCenter.Culture=", StringComparison.Ordinal));
        var saved = await app.Database.WithDbAsync(db => db.Users.Where(u => u.Id == buyer.Id).Select(u => new { u.Culture, u.TimeZone }).SingleAsync());
        Assert.Null(saved.Culture);
        Assert.Null(saved.TimeZone);

        // The header form itself carries the token to a signed-in user: through it the choice is kept on the account.
        using var chosen = await client.SubmitAsync("/Orders", "form.preferences", new Dictionary<string, string> { ["culture"] = "af-ZA" });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("af-ZA", await app.Database.WithDbAsync(db => db.Users.Where(u => u.Id == buyer.Id).Select(u => u.Culture).SingleAsync()));
    }

    /// <summary>Each POST handler of each page endpoint: its route and handler name (null for the unnamed one).</summary>
    private async Task<List<(string Route, string? Handler)>> PostHandlersAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var found = new List<(string Route, string? Handler)>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
            foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(((endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/'), handler.Name));
            }
        }

        return found.Distinct().OrderBy(h => h.Route, StringComparer.Ordinal).ThenBy(h => h.Handler, StringComparer.Ordinal).ToList();
    }

    /// <summary>The route with any id filled in (the check comes before the page looks anything up) and the handler named.</summary>
    private static string UrlFor(string route, string? handler)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(
            route, @"\{[^}:?]+(?<constraint>:[a-z]+)?\??\}", m => m.Groups["constraint"].Value == ":int" ? "1" : Guid.NewGuid().ToString(), System.Text.RegularExpressions.RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
        return handler is null ? $"/{path}" : $"/{path}?handler={handler}";
    }

    /// <summary>A body a careless handler would act on, so that one missing the check would change something.</summary>
    private static Dictionary<string, string> PlausibleForm() => new()
    {
        ["Input.Email"] = "forged@example.test",
        ["Input.Password"] = TestData.Password,
        ["Input.Message"] = "Forged from another site",
        ["Input.Amount"] = "1",
        ["Message"] = "Forged from another site",
        ["culture"] = "af-ZA",
    };

    private static bool IsSentToSignInOrDenied(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
        && response.Headers.Location?.OriginalString is { } location
        && (location.Contains("/Identity/Account/Login", StringComparison.Ordinal) || location.Contains("/Identity/Account/AccessDenied", StringComparison.Ordinal));

    /// <summary>Every row of every table, hashed: equal before and after means nothing was written.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var fingerprint = new StringBuilder();
        foreach (var table in tables)
        {
            await using var hash = new NpgsqlCommand($"SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \"{table}\" t", connection);
            fingerprint.Append(table).Append('=').Append(await hash.ExecuteScalarAsync()).Append('\n');
        }

        return fingerprint.ToString();
    }

    private async Task<List<(string Role, string Email)>> AccountsAsync()
    {
        var filed = await app.Database.FileAsync();
        return
        [
            (Roles.Buyer, filed.Buyer.Email!),
            (Roles.Seller, filed.SellerUser.Email!),
            (Roles.Moderator, (await app.Data.ModeratorAsync()).Email!),
            (Roles.Administrator, (await app.Data.UserAsync(Roles.Administrator, "Ada Admin")).Email!),
        ];
    }
}
