using System.Net;
using DisputeCenter.Web.Tests.Infrastructure;

namespace DisputeCenter.Web.Tests;

/// <summary>
/// Every route the app maps, asked for by a stranger and by each role with every kind of id the site has, answers with the
/// security headers: pages, files, redirects, refusals and errors alike.
/// </summary>
public sealed class SecurityHeadersTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private const string PageCsp = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    [Fact]
    public async Task Every_route_for_every_role_carries_the_security_headers()
    {
        var walk = new SiteWalk(app);
        var ids = await walk.SampleIdsAsync();
        var clients = await walk.ClientsAsync();

        var reached = new HashSet<string>();
        var failures = new List<string>();
        var servedFiles = new HashSet<string>();
        foreach (var route in walk.MappedRoutes())
        {
            foreach (var url in SiteWalk.UrlsFor(route, ids))
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
                    else if (Csp(response) != PageCsp && !IsUploadedFile(route) && !IsApiReference(route))
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
        // (Two pages answer with the error status they explain: the status page and "access denied". The API answers its
        // own clients, not the site's: ApiRouteTests walks it with a key; OpenApiDocumentTests reads the API's document.)
        var unreached = walk.MappedRoutes().Except(reached)
            .Where(route => !route.StartsWith("StatusCode/", StringComparison.Ordinal) && route != "Identity/Account/AccessDenied")
            .Where(route => !route.StartsWith("api/", StringComparison.Ordinal) && !route.StartsWith("openapi/", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(unreached);
        Assert.Equal(3, servedFiles.Count);
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

    /// <summary>Scalar's reference page, with a CSP of its own (inline script and style, nothing from elsewhere).</summary>
    private static bool IsApiReference(string route) => route.StartsWith("scalar/", StringComparison.Ordinal);

    private static bool IsUploadedFile(string route) =>
        route.StartsWith("Evidence/", StringComparison.Ordinal) || route.StartsWith("Conversations/Attachments/", StringComparison.Ordinal)
        || route.StartsWith("Support/Attachments/", StringComparison.Ordinal);
}
