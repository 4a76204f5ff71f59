using System.Net;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

/// <summary>
/// The site behind a TLS-terminating proxy at 10.0.0.5 (ReverseProxy:KnownProxies): what that proxy forwards is believed,
/// the same headers from anyone else are not.
/// </summary>
public sealed class ReverseProxyTests : IClassFixture<DisputeCenterApp>
{
    private const string Proxy = "10.0.0.5";
    private const string Stranger = "198.51.100.20";

    // Derived from the class's app, which disposes it with itself.
    private readonly WebApplicationFactory<Program> _proxied;

    public ReverseProxyTests(DisputeCenterApp app) =>
        _proxied = app.WithWebHostBuilder(builder => builder
            .UseSetting("ReverseProxy:KnownProxies:0", Proxy)
            .ConfigureTestServices(services => services.AddSingleton<IStartupFilter, TestPeer>()));

    [Fact]
    public async Task The_configured_proxy_decides_scheme_and_host()
    {
        using var response = await SendThroughAsync(Proxy, "/Orders");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://shop.example/Identity/Account/Login?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_unknown_sender_of_the_same_headers_is_ignored()
    {
        using var response = await SendThroughAsync(Stranger, "/Orders");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/Identity/Account/Login?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Cookies_are_secure_and_host_only_outside_development()
    {
        using var response = await SendThroughAsync(Proxy, "/Identity/Account/Login");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-DisputeCenter.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A plain-HTTP request from <paramref name="peer"/> (the TCP peer, which the test server cannot vary, is set by a
    /// test-only middleware ahead of the app's pipeline) carrying the headers a TLS proxy adds.
    /// </summary>
    private async Task<HttpResponseMessage> SendThroughAsync(string peer, string url)
    {
        using var client = _proxied.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(TestPeer.Header, peer);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "shop.example");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return await client.SendAsync(request);
    }
}
