using System.Net;
using DisputeCenter.Services.Integration.Idempotency;
using DisputeCenter.Web.Api;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests.Api;

public sealed class IdempotencyTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private async Task<HttpClient> ClientWithPartiesAsync(string suffix)
    {
        var client = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);
        await client.PostJsonAsync("/api/v1/buyers", IngestionApiTests.Buyer("b-" + suffix));
        await client.PostJsonAsync("/api/v1/sellers", IngestionApiTests.Seller("s-" + suffix));
        return client;
    }

    [Fact]
    public async Task The_same_key_and_body_replays_the_first_response_without_doing_the_work_again()
    {
        using var client = await ClientWithPartiesAsync("replay");
        var order = IngestionApiTests.Order("o-replay", "b-replay", "s-replay");

        var first = await client.PostJsonAsync("/api/v1/orders", order, "key-replay");
        var second = await client.PostJsonAsync("/api/v1/orders", order, "key-replay");
        var withoutKey = await client.PostJsonAsync("/api/v1/orders", order);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(second.Headers.Contains(IdempotencyKeys.ReplayedHeader));
        Assert.False(first.Headers.Contains(IdempotencyKeys.ReplayedHeader));
        Assert.Equal("unchanged", (await withoutKey.JsonAsync()).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_and_changes_nothing()
    {
        using var client = await ClientWithPartiesAsync("mismatch");
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/v1/orders", IngestionApiTests.Order("o-mismatch-1", "b-mismatch", "s-mismatch"), "key-mismatch")).StatusCode);

        var other = await client.PostJsonAsync("/api/v1/orders", IngestionApiTests.Order("o-mismatch-2", "b-mismatch", "s-mismatch"), "key-mismatch");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("urn:disputecenter:problem:idempotency-key-reused", (await other.JsonAsync()).GetProperty("type").GetString());
        Assert.Equal(0, await app.Database.WithDbAsync(db => db.Orders.CountAsync(o => o.Number == "MP-o-mismatch-2")));
    }

    [Fact]
    public async Task Keys_are_per_client()
    {
        using var first = await ClientWithPartiesAsync("perclient");
        using var second = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);

        var a = await first.PostJsonAsync("/api/v1/orders", IngestionApiTests.Order("o-perclient-1", "b-perclient", "s-perclient"), "shared-key");
        var b = await second.PostJsonAsync("/api/v1/orders", IngestionApiTests.Order("o-perclient-2", "b-perclient", "s-perclient"), "shared-key");

        Assert.Equal(HttpStatusCode.Created, a.StatusCode);
        Assert.Equal(HttpStatusCode.Created, b.StatusCode);
    }

    [Fact]
    public async Task Twenty_concurrent_requests_with_one_key_do_the_work_once_and_all_get_its_answer()
    {
        using var client = await ClientWithPartiesAsync("race");
        var order = IngestionApiTests.Order("o-race", "b-race", "s-race");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PostJsonAsync("/api/v1/orders", order, "key-race")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Distinct(StringComparer.Ordinal));
        Assert.Equal(19, responses.Count(r => r.Headers.Contains(IdempotencyKeys.ReplayedHeader)));
        Assert.Equal(1, await app.Database.WithDbAsync(db => db.Orders.CountAsync(o => o.Number == "MP-o-race")));
    }

    [Fact]
    public async Task A_key_expires_after_a_day_and_the_sweeper_deletes_it()
    {
        using var client = await ClientWithPartiesAsync("expiry");
        await client.PostJsonAsync("/api/v1/orders", IngestionApiTests.Order("o-expiry", "b-expiry", "s-expiry"), "key-expiry");

        app.Clock.Advance(IdempotencyStore.Retention + TimeSpan.FromMinutes(1));
        // The app's own sweeper may get there first (its timer runs on the same clock): either way the key is gone.
        await app.Database.InScopeAsync(services => services.GetRequiredService<IdempotencyStore>().SweepAsync(1000));
        var left = await app.Database.WithDbAsync(db => db.IdempotentRequests.CountAsync(r => r.Key == "key-expiry"));
        var again = await client.PostJsonAsync("/api/v1/orders", IngestionApiTests.Order("o-expiry", "b-expiry", "s-expiry"), "key-expiry");

        Assert.Equal(0, left);
        Assert.False(again.Headers.Contains(IdempotencyKeys.ReplayedHeader));
        Assert.Equal("unchanged", (await again.JsonAsync()).GetProperty("outcome").GetString());
    }
}
