using System.Net;

namespace DisputeCenter.Testing;

/// <summary>
/// Talks to an app on plain loopback HTTP as the TLS-terminating proxy in front of it would: every request says
/// <c>X-Forwarded-Proto: https</c> (the app believes it from loopback), and cookies are kept as a browser on the
/// HTTPS site keeps them. Outside Development the app's cookies are Secure with <c>__Host-</c> names, which an
/// ordinary cookie container would never send back over <c>http://</c>.
/// </summary>
public sealed class BehindTlsProxyHandler() : DelegatingHandler(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
{
    private readonly CookieContainer _cookies = new();

    /// <summary>A client for <paramref name="site"/> (plain HTTP) that does not follow redirects.</summary>
    public static HttpClient CreateClient(Uri site, TimeSpan? timeout = null) =>
        new(new BehindTlsProxyHandler()) { BaseAddress = site, Timeout = timeout ?? TimeSpan.FromSeconds(100) };

    /// <summary>The Cookie header this client sends to <paramref name="site"/>: for a benchmark that writes requests by hand.</summary>
    public string CookieHeader(Uri site) => _cookies.GetCookieHeader(AsSeenByBrowser(site));

    /// <summary>The site's address as the browser sees it (https, same host and port), e.g. for an Origin header.</summary>
    public static Uri AsSeenByBrowser(Uri address) => new UriBuilder(address) { Scheme = Uri.UriSchemeHttps, Port = address.Port }.Uri;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var seen = AsSeenByBrowser(request.RequestUri!);
        request.Headers.Add("X-Forwarded-Proto", "https");
        var cookie = _cookies.GetCookieHeader(seen);
        if (cookie.Length > 0)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var value in set)
            {
                _cookies.SetCookies(seen, value);
            }
        }

        return response;
    }
}
