using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Integration.Webhooks;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DisputeCenter.Web.Tests.Api;

public sealed class WebhookTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private static async Task<(string Id, string Secret)> RegisterAsync(HttpClient client, string url, params string[] eventTypes)
    {
        var response = await client.PostJsonAsync("/api/v1/webhook-endpoints", new { url, event_types = eventTypes });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.JsonAsync();
        return (json.GetProperty("endpoint").GetProperty("id").GetString()!, json.GetProperty("secret").GetString()!);
    }

    private async Task<WebhookRound> RoundAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().SendDueAsync();
    }

    private static List<ReceivedWebhook> About(WebhookReceiver receiver, Guid disputeId) =>
        receiver.Received.Where(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("dispute_id").GetGuid() == disputeId).ToList();

    /// <summary>The Standard Webhooks signature, computed here from the specification, not with the app's helper.</summary>
    private static string ExpectedSignature(string secret, string id, string timestamp, string body)
    {
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        using var hmac = new HMACSHA256(Convert.FromBase64String(secret["whsec_".Length..]));
        return "v1," + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
    }

    [Fact]
    public async Task A_filed_dispute_reaches_the_receiver_as_dispute_created_signed_in_the_Standard_Webhooks_format()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);
        var (_, secret) = await RegisterAsync(client, receiver.Url, "dispute.created");

        var filed = await app.Database.FileAsync();
        await RoundAsync();

        var received = Assert.Single(About(receiver, filed.DisputeId));
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal("dispute.created", body.GetProperty("type").GetString());
        Assert.Equal("v1", body.GetProperty("api_version").GetString());
        Assert.Equal("awaiting_seller", body.GetProperty("data").GetProperty("status").GetString());
        Assert.StartsWith("evt_", body.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(body.GetProperty("id").GetString(), received.Headers["webhook-id"]);
        Assert.Equal(app.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), received.Headers["webhook-timestamp"]);
        Assert.Equal(ExpectedSignature(secret, received.Headers["webhook-id"], received.Headers["webhook-timestamp"], received.Body), received.Headers["webhook-signature"]);
        Assert.NotEqual(ExpectedSignature(secret, received.Headers["webhook-id"], received.Headers["webhook-timestamp"], received.Body + " "), received.Headers["webhook-signature"]);

        var stored = await app.Database.WithDbAsync(d => d.WebhookEndpoints.Select(e => e.ProtectedSecret).ToListAsync());
        Assert.DoesNotContain(stored, s => s.Contains(secret["whsec_".Length..], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ftp://example.com/hooks", "dispute.created", "url")]
    [InlineData("/relative", "dispute.created", "url")]
    [InlineData("https://example.com/hooks", "dispute.nonsense", "event_types")]
    public async Task A_registration_with_a_bad_url_or_event_type_is_a_422_naming_the_field(string url, string type, string field)
    {
        using var client = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);

        var response = await client.PostJsonAsync("/api/v1/webhook-endpoints", new { url, event_types = new[] { type } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(field, (await response.JsonAsync()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_receiver_that_fails_twice_gets_the_event_once_more_after_each_backoff()
    {
        await using var receiver = await WebhookReceiver.StartAsync(500, 500);
        using var client = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);
        var (endpointId, _) = await RegisterAsync(client, receiver.Url, "dispute.created");
        var filed = await app.Database.FileAsync();

        await RoundAsync();
        Assert.Single(About(receiver, filed.DisputeId));

        app.Clock.Advance(TimeSpan.FromSeconds(29));
        await RoundAsync();
        Assert.Single(About(receiver, filed.DisputeId));
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await RoundAsync();
        Assert.Equal(2, About(receiver, filed.DisputeId).Count);

        app.Clock.Advance(TimeSpan.FromSeconds(59));
        await RoundAsync();
        Assert.Equal(2, About(receiver, filed.DisputeId).Count);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await RoundAsync();
        Assert.Equal(3, About(receiver, filed.DisputeId).Count);

        app.Clock.Advance(TimeSpan.FromHours(2));
        await RoundAsync();
        var attempts = About(receiver, filed.DisputeId);
        Assert.Equal(3, attempts.Count);
        Assert.Single(attempts.Select(a => a.Headers["webhook-id"]).Distinct());

        var deliveries = (await (await client.GetAsync($"/api/v1/webhook-endpoints/{endpointId}/deliveries")).JsonAsync()).GetProperty("data").EnumerateArray().ToList();
        var delivery = Assert.Single(deliveries);
        Assert.Equal("succeeded", delivery.GetProperty("status").GetString());
        Assert.Equal(3, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(200, delivery.GetProperty("last_response_status").GetInt32());
        Assert.Equal(1, await app.Database.WithDbAsync(d => d.WebhookDeliveries.CountAsync(x => x.EndpointId == Guid.Parse(endpointId) && x.Status == WebhookDeliveryStatus.Succeeded)));
    }

    [Fact]
    public async Task An_endpoint_failing_for_three_days_is_disabled_and_the_administrators_are_emailed()
    {
        var admin = await app.Data.UserAsync(Roles.Administrator, "Webhook Admin");
        await using var receiver = await WebhookReceiver.StartAsync(Enumerable.Repeat(503, 1000).ToArray());
        using var client = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);
        var (endpointId, _) = await RegisterAsync(client, receiver.Url, "dispute.created");
        var filed = await app.Database.FileAsync();

        await RoundAsync();
        var firstAttempt = app.Clock.GetUtcNow();
        while (app.Clock.GetUtcNow() - firstAttempt < TimeSpan.FromDays(3) - TimeSpan.FromHours(1))
        {
            app.Clock.Advance(TimeSpan.FromHours(1));
            await RoundAsync();
        }

        var endpoint = await app.Database.WithDbAsync(d => d.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == Guid.Parse(endpointId)));
        Assert.Null(endpoint.DisabledAt);

        app.Clock.Advance(TimeSpan.FromHours(1));
        await RoundAsync();
        app.Clock.Advance(TimeSpan.FromHours(1));
        await RoundAsync();

        endpoint = await app.Database.WithDbAsync(d => d.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == Guid.Parse(endpointId)));
        Assert.NotNull(endpoint.DisabledAt);
        var delivery = await app.Database.WithDbAsync(d => d.WebhookDeliveries.AsNoTracking().SingleAsync(x => x.EndpointId == endpoint.Id));
        Assert.Equal(WebhookDeliveryStatus.Failed, delivery.Status);
        Assert.True(About(receiver, filed.DisputeId).Count is > 70 and < 80, $"{About(receiver, filed.DisputeId).Count} attempts");
        var emails = await app.Database.WithDbAsync(d => d.OutboxEmails.Where(e => e.ToAddress == admin.Email && e.Subject == "A webhook endpoint was disabled").Select(e => e.TextBody).ToListAsync());
        Assert.Contains(emails, body => body.Contains(receiver.Url, StringComparison.Ordinal));

        var listed = (await (await client.GetAsync("/api/v1/webhook-endpoints")).JsonAsync()).GetProperty("data").EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == endpointId);
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("disabled_at").ValueKind);
    }

    [Fact]
    public async Task An_event_that_commits_after_a_later_one_is_not_skipped_by_a_cursor()
    {
        var filed = await app.Database.FileAsync(sellerName: "Late Commit Supplies");
        using var seller = app.ApiClient((await app.SellerKeyAsync(filed.SellerUser.Id)).Secret);
        async Task<List<JsonElement>> EventsAsync(string? after) =>
            (await (await seller.GetAsync($"/api/v1/events?limit=100{(after is null ? "" : "&after=" + after)}")).JsonAsync())
                .GetProperty("data").EnumerateArray().ToList();
        // The filing's own event first (the list holds back events while any transaction in the cluster is open).
        var cursor = (await seller.EventsUntilAsync("limit=100", events => events.Any(e => e.GetProperty("type").GetString() == "dispute.created")))
            .Last().GetProperty("id").GetString();
        const string insert = "INSERT INTO api_events (id, type, dispute_id, created_at, data) VALUES ($1, 'dispute.offer_made', $2, now(), '{}') RETURNING position";

        await using var slow = new NpgsqlConnection(app.Database.OwnerConnectionString);
        await slow.OpenAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        var (early, late) = (Guid.NewGuid(), Guid.NewGuid());
        var earlyPosition = await ExecuteAsync(slow, insert, early, filed.DisputeId);
        await using (var fast = new NpgsqlConnection(app.Database.OwnerConnectionString))
        {
            await fast.OpenAsync();
            Assert.True(await ExecuteAsync(fast, insert, late, filed.DisputeId) > earlyPosition);
        }

        var whileOpen = await EventsAsync(cursor);
        await transaction.CommitAsync();
        // Other tests' transactions anywhere in the cluster also hold events back for their moment: wait them out.
        var afterCommit = await EventsAsync(cursor);
        for (var wait = 0; afterCommit.Count < 2 && wait < 100; wait++)
        {
            await Task.Delay(100);
            afterCommit = await EventsAsync(cursor);
        }

        Assert.Empty(whileOpen);
        Assert.Equal(["evt_" + early.ToString("N"), "evt_" + late.ToString("N")], afterCommit.Select(e => e.GetProperty("id").GetString()!).ToList());
    }

    private static async Task<long> ExecuteAsync(NpgsqlConnection connection, string sql, Guid id, Guid disputeId)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(disputeId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task The_events_list_pages_by_cursor_and_a_seller_key_sees_only_its_own_disputes()
    {
        var first = await app.Database.FileAsync(sellerName: "Events Seller One");
        var second = await app.Database.FileAsync(sellerName: "Events Seller Two");
        using var marketplace = app.ApiClient((await app.MarketplaceKeyAsync(ApiScopes.DisputesRead)).Secret);

        bool BothListed(IReadOnlyList<JsonElement> events) =>
            new[] { first.DisputeId, second.DisputeId }.All(d => events.Any(e => e.GetProperty("data").GetProperty("dispute_id").GetGuid() == d));
        var seen = await marketplace.EventsUntilAsync("type=dispute.created&limit=1", BothListed);

        var onePage = await (await marketplace.GetAsync("/api/v1/events?type=dispute.created&limit=1")).JsonAsync();

        Assert.Single(onePage.GetProperty("data").EnumerateArray());
        Assert.True(onePage.GetProperty("has_more").GetBoolean());
        var disputes = seen.Select(e => e.GetProperty("data").GetProperty("dispute_id").GetGuid()).ToList();
        Assert.Equal(disputes.Count, disputes.Distinct().Count());
        Assert.True(disputes.IndexOf(first.DisputeId) >= 0 && disputes.IndexOf(first.DisputeId) < disputes.IndexOf(second.DisputeId));
        Assert.All(seen, e => Assert.Equal("dispute.created", e.GetProperty("type").GetString()));

        using var seller = app.ApiClient((await app.SellerKeyAsync(first.SellerUser.Id)).Secret);
        var own = await seller.EventsUntilAsync("limit=100", events => events.Any(e => e.GetProperty("type").GetString() == "dispute.created"));
        Assert.NotEmpty(own);
        Assert.All(own, e => Assert.Equal(first.DisputeId, e.GetProperty("data").GetProperty("dispute_id").GetGuid()));

        var foreignCursor = seen[disputes.IndexOf(second.DisputeId)].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await seller.GetAsync($"/api/v1/events?after={foreignCursor}")).StatusCode);
    }

    [Fact]
    public async Task The_admin_page_lists_a_delivery_and_Resend_sends_it_again()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);
        await RegisterAsync(client, receiver.Url, "dispute.created");
        var filed = await app.Database.FileAsync();
        await RoundAsync();
        Assert.Single(About(receiver, filed.DisputeId));

        using var admin = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync((await app.Data.UserAsync(Roles.Administrator, "Hook Page Admin")).Email!, TestData.Password)).StatusCode);
        var page = await admin.GetDocumentAsync("/Admin/Webhooks");
        Assert.NotNull(page.QuerySelector("header a[href='/Admin/Webhooks']"));
        var section = page.QuerySelectorAll("main section").Single(s => s.QuerySelector("h2")!.TextContent.Contains(receiver.Url, StringComparison.Ordinal));
        var row = Assert.Single(section.QuerySelectorAll("tr[data-delivery]"));
        Assert.Contains("dispute.created", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Delivered (200)", row.TextContent, StringComparison.Ordinal);

        var deliveryId = row.GetAttribute("data-delivery");
        var resent = await admin.SubmitAsync("/Admin/Webhooks", $"tr[data-delivery='{deliveryId}'] form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        await RoundAsync();

        var twice = About(receiver, filed.DisputeId);
        Assert.Equal(2, twice.Count);
        Assert.Equal(twice[0].Headers["webhook-id"], twice[1].Headers["webhook-id"]);
    }
}
