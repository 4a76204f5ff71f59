using System.Net;
using System.Text.RegularExpressions;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

/// <summary>
/// Every route the app maps, asked for by a stranger and by each role with every kind of id the site has, answers with the
/// security headers: pages, files, redirects, refusals and errors alike.
/// </summary>
public sealed partial class SecurityHeadersTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private const string PageCsp = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    [Fact]
    public async Task Every_route_for_every_role_carries_the_security_headers()
    {
        var ids = await SampleIdsAsync();
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = app.Browser() };
        foreach (var (role, email) in await AccountsAsync())
        {
            clients[role] = await SignedInAsync(email);
        }

        var reached = new HashSet<string>();
        var failures = new List<string>();
        var servedFiles = new HashSet<string>();
        foreach (var route in MappedRoutes())
        {
            foreach (var url in UrlsFor(route, ids))
            {
                foreach (var (role, client) in clients)
                {
                    using var response = await client.GetAsync(url);
                    var problems = MissingHeaders(response);
                    if (problems.Count > 0)
                    {
                        failures.Add($"{role} GET {url} ({(int)response.StatusCode}): {string.Join(", ", problems)}");
                    }

                    if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.PartialContent && IsUploadedFile(route))
                    {
                        servedFiles.Add(route);
                        if (!Csp(response).Split(';', StringSplitOptions.TrimEntries).Contains("sandbox"))
                        {
                            failures.Add($"{role} GET {url}: an uploaded file without 'sandbox' in its CSP ({Csp(response)})");
                        }
                    }
                    else if (Csp(response) != PageCsp && !IsUploadedFile(route))
                    {
                        failures.Add($"{role} GET {url}: CSP '{Csp(response)}'");
                    }

                    if (Answered(response))
                    {
                        reached.Add(route);
                    }
                }
            }
        }

        Assert.Empty(failures);
        // The walk really saw the pages: each route answered someone with a page, a file or a redirect.
        // (Two pages answer with the error status they explain: the status page and "access denied".)
        var unreached = MappedRoutes().Except(reached)
            .Where(route => !route.StartsWith("StatusCode/", StringComparison.Ordinal) && route != "Identity/Account/AccessDenied")
            .ToList();
        Assert.Empty(unreached);
        Assert.Equal(2, servedFiles.Count);
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/no/such/page")]
    [InlineData("/Orders")]
    public async Task Static_files_missing_pages_and_redirects_carry_them_too(string url)
    {
        using var response = await app.Browser().GetAsync(url);

        Assert.Empty(MissingHeaders(response));
        Assert.Equal(PageCsp, Csp(response));
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_outside_development()
    {
        using var client = app.Browser();
        using var overHttps = await client.GetAsync(new Uri("https://shop.example/"));
        using var overHttp = await client.GetAsync(new Uri("http://shop.example/Identity/Account/Login"));

        Assert.StartsWith("max-age=", overHttps.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    private static List<string> MissingHeaders(HttpResponseMessage response)
    {
        var expected = new Dictionary<string, string?>
        {
            ["Content-Security-Policy"] = null,
            ["X-Content-Type-Options"] = "nosniff",
            ["X-Frame-Options"] = "DENY",
            ["Referrer-Policy"] = "same-origin",
            ["Permissions-Policy"] = null,
            ["Cross-Origin-Opener-Policy"] = "same-origin",
        };
        var missing = new List<string>();
        foreach (var (name, value) in expected)
        {
            var actual = response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
            if (actual is null || (value is not null && actual != value))
            {
                missing.Add($"{name}={actual ?? "(none)"}");
            }
        }

        if (response.Headers.Contains("Server"))
        {
            missing.Add("Server header sent");
        }

        return missing;
    }

    /// <summary>The page itself answered: a 2xx, or a redirect that is not the sign-in page's.</summary>
    private static bool Answered(HttpResponseMessage response) =>
        response.IsSuccessStatusCode
        || ((int)response.StatusCode is >= 300 and < 400
            && response.Headers.Location?.OriginalString.Contains("/Identity/Account/Login", StringComparison.Ordinal) == false);

    private static string Csp(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Content-Security-Policy", out var values) ? string.Join(",", values) : string.Empty;

    private static bool IsUploadedFile(string route) =>
        route.StartsWith("Evidence/", StringComparison.Ordinal) || route.StartsWith("Conversations/Attachments/", StringComparison.Ordinal);

    /// <summary>The route patterns of every endpoint the app maps (pages and health checks), as the router knows them.</summary>
    private List<string> MappedRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A route's address once per id the site has (a route with an id is tried with each kind), or as it is.</summary>
    private static IEnumerable<string> UrlsFor(string route, IReadOnlyList<Guid> ids)
    {
        if (!Parameter().IsMatch(route))
        {
            return [$"/{route}", $"/{route}?orderId={ids[0]}"];
        }

        if (route.Contains(":int}", StringComparison.Ordinal))
        {
            return [$"/{Parameter().Replace(route, "404")}"];
        }

        return ids.Select(id => $"/{Parameter().Replace(route, id.ToString())}");
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    /// <summary>A filed dispute with evidence, a conversation with an attachment, and a deadline policy: one id of each kind.</summary>
    private async Task<IReadOnlyList<Guid>> SampleIdsAsync()
    {
        var filed = await app.Database.FileAsync();
        var evidence = await app.Database.SubmitEvidenceAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), "crack.png", EvidenceFiles.Png());
        var secondOrder = await app.Data.OrderAsync(filed.Buyer.Id, filed.Seller.Id, product: "Cable");
        var photo = new IncomingFile("cable.png", EvidenceKind.Photo, null, () => new MemoryStream(EvidenceFiles.Png()));
        var conversation = await app.Database.InScopeAsync(s => s.GetRequiredService<SellerConversationService>().StartAsync(
            filed.Buyer.Id,
            new StartConversationCommand { OrderId = secondOrder.Id, Reason = DisputeReason.NotReceived, Message = "Where is my cable?" },
            [photo]));
        var attachment = await app.Database.WithDbAsync(db => db.Set<ConversationAttachment>().Select(a => a.Id).SingleAsync());
        var policy = await app.Database.WithDbAsync(db => db.DeadlinePolicies.Select(p => p.Id).FirstAsync());
        return [filed.Order.Id, filed.DisputeId, evidence, conversation.Value, attachment, policy];
    }

    private async Task<List<(string Role, string Email)>> AccountsAsync()
    {
        var filed = await app.Database.WithDbAsync(db => db.Disputes.Select(d => new { d.BuyerId, d.SellerUserId }).SingleAsync());
        var buyer = await app.Database.WithDbAsync(db => db.Users.Where(u => u.Id == filed.BuyerId).Select(u => u.Email!).SingleAsync());
        var seller = await app.Database.WithDbAsync(db => db.Users.Where(u => u.Id == filed.SellerUserId).Select(u => u.Email!).SingleAsync());
        return
        [
            (Roles.Buyer, buyer),
            (Roles.Seller, seller),
            (Roles.Moderator, (await app.Data.ModeratorAsync()).Email!),
            (Roles.Administrator, (await app.Data.UserAsync(Roles.Administrator, "Ada Admin")).Email!),
        ];
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
        return client;
    }
}
