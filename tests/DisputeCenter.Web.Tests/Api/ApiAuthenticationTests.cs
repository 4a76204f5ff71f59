using System.Net;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests.Api;

public sealed class ApiAuthenticationTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    [InlineData("dck_00000000000000000000000000000000_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task A_request_without_a_valid_key_is_a_401_problem(string? key)
    {
        using var client = app.ApiClient(key);

        var response = await client.GetAsync("/api/v1/disputes");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(401, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_key_without_the_scope_is_a_403_problem()
    {
        var issued = await app.MarketplaceKeyAsync(ApiScopes.OrdersWrite);
        using var client = app.ApiClient(issued.Secret);

        var response = await client.GetAsync("/api/v1/disputes");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("urn:disputecenter:problem:forbidden", (await response.JsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_wrong_secret_for_a_real_key_id_is_refused()
    {
        var issued = await app.MarketplaceKeyAsync();
        var forged = issued.Secret[..^4] + (issued.Secret.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using var client = app.ApiClient(forged);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/disputes")).StatusCode);
    }

    [Fact]
    public async Task Rotation_keeps_two_keys_valid_until_the_old_one_is_revoked()
    {
        var first = await app.MarketplaceKeyAsync();
        var (second, third) = await app.Database.InScopeAsync(async services =>
        {
            var clients = services.GetRequiredService<IntegrationClientService>();
            var rotated = await clients.RotateAsync(first.ClientId, sellerUserId: null);
            var refused = await clients.RotateAsync(first.ClientId, sellerUserId: null);
            return (rotated.Value!, refused);
        });
        Assert.False(third.Succeeded);

        using var oldClient = app.ApiClient(first.Secret);
        using var newClient = app.ApiClient(second.Secret);
        Assert.Equal(HttpStatusCode.OK, (await oldClient.GetAsync("/api/v1/disputes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newClient.GetAsync("/api/v1/disputes")).StatusCode);

        await app.Database.InScopeAsync(services => services.GetRequiredService<IntegrationClientService>().RevokeKeyAsync(first.ClientId, first.KeyId, null));

        Assert.Equal(HttpStatusCode.Unauthorized, (await oldClient.GetAsync("/api/v1/disputes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newClient.GetAsync("/api/v1/disputes")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_client_is_refused_with_every_key()
    {
        var issued = await app.MarketplaceKeyAsync();
        await app.Database.InScopeAsync(services => services.GetRequiredService<IntegrationClientService>().RevokeClientAsync(issued.ClientId, null));
        using var client = app.ApiClient(issued.Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/disputes")).StatusCode);
    }

    [Fact]
    public async Task Only_the_hash_of_a_key_is_stored()
    {
        var issued = await app.MarketplaceKeyAsync();
        var secret = ApiKey.Parse(issued.Secret)!.Value.Secret;

        var stored = await app.Database.WithOwnerDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT string_agg(t::text, '|') FROM api_keys t";
            return (string)(await command.ExecuteScalarAsync())!;
        });

        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(secret)), stored, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_sellers_key_sees_its_own_claims_and_a_foreign_one_reads_like_a_missing_one()
    {
        var mine = await app.Database.FileAsync(sellerName: "Own Supplies");
        var theirs = await app.Database.FileAsync(sellerName: "Other Supplies");
        var issued = await app.SellerKeyAsync(mine.SellerUser.Id);
        using var client = app.ApiClient(issued.Secret);

        var list = await (await client.GetAsync("/api/v1/disputes")).JsonAsync();
        var foreign = await client.GetAsync($"/api/v1/disputes/{theirs.DisputeId}");
        var missing = await client.GetAsync($"/api/v1/disputes/{Guid.NewGuid()}");

        Assert.Equal(mine.DisputeId, Assert.Single(list.GetProperty("data").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await foreign.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostJsonAsync($"/api/v1/disputes/{theirs.DisputeId}/accept-claim", new { })).StatusCode);
    }

    [Fact]
    public async Task A_sellers_key_cannot_push_orders()
    {
        var filed = await app.Database.FileAsync();
        var issued = await app.SellerKeyAsync(filed.SellerUser.Id);
        using var client = app.ApiClient(issued.Secret);

        var response = await client.PostJsonAsync("/api/v1/orders", new { external_id = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
