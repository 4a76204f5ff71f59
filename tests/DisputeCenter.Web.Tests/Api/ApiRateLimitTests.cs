using System.Net;
using System.Net.Http.Headers;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DisputeCenter.Web.Tests.Api;

public sealed class ApiRateLimitTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    [Fact]
    public async Task A_client_over_its_rate_is_refused_with_429_and_retry_after_while_another_client_goes_on()
    {
        await using var limited = app.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:ApiPerClient:PermitsPerSecond", "2"));
        var busy = await app.MarketplaceKeyAsync();
        var quiet = await app.MarketplaceKeyAsync();
        using var busyClient = Client(limited, busy.Secret);
        using var quietClient = Client(limited, quiet.Secret);

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++)
        {
            responses.Add(await busyClient.GetAsync("/api/v1/disputes"));
        }

        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.True(refused[0].Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", refused[0].Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await quietClient.GetAsync("/api/v1/disputes")).StatusCode);
    }

    private static HttpClient Client(WebApplicationFactory<Program> factory, string key)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = DisputeCenterApp.SiteAddress, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
