using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Samples.Marketplace;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Services.Disputes.FileDispute;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Integration.Webhooks;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests.Api;

/// <summary>
/// samples/MarketplaceSample run against the real app on Kestrel with its webhook sender on: the sample pushes orders,
/// accepts the claim a buyer files on one, gets the signed refund.instructed webhook and reports the refund paid.
/// </summary>
public sealed class SampleIntegrationTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_sample_pushes_orders_accepts_a_new_claim_and_confirms_the_refund_its_signed_webhook_instructs()
    {
        var output = new StringWriter();
        var sample = new MarketplaceSample(
            new SampleOptions { Site = site.Address, ApiKey = await MarketplaceKeyAsync(), AcceptClaims = 1, Refunds = 1, Timeout = Patience, RunId = "e2e", Clock = site.Clock },
            output);
        var run = sample.RunAsync(CancellationToken.None);
        await sample.Ready.WaitAsync(Patience);

        var ids = sample.Orders.Select(o => o.Id).ToList();
        var stored = await site.Database.WithDbAsync(db => db.Orders.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Number).ToListAsync());
        Assert.Equal(["MP-e2e-1", "MP-e2e-2", "MP-e2e-3"], stored.Select(o => o.Number));
        Assert.All(stored, o => Assert.Equal($"PAY-{o.Number[3..]}", o.PaymentReference));
        Assert.All(stored, o => Assert.Equal("DHL Express", o.Carrier));
        Assert.Equal(2, stored.Count(o => o.DeliveredAt is not null));
        Assert.Equal(90.00m, stored[0].Total.Amount);

        // Someone who knows the URL but not the secret is turned away.
        using (var forged = await PostAsync(await sample.Listening, "evt_forged", site.Clock.GetUtcNow(), """{"id":"evt_forged","type":"refund.instructed","created":"2026-12-01T00:00:00Z","data":{}}""", "v1," + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        var order = sample.Orders.First(o => o.Delivered);
        var disputeId = await FileAsBuyerAsync("buyer-e2e@marketplace-sample.example", order.Id, order.Total.Amount);

        var report = await run.WaitAsync(Patience);

        Assert.True(report.Succeeded, output.ToString());
        Assert.Equal([disputeId], report.AcceptedClaims);
        var confirmed = Assert.Single(report.Refunds);
        Assert.Equal(disputeId, confirmed.DisputeId);
        Assert.Equal(order.Total, confirmed.Amount);
        var payout = await site.Database.WithDbAsync(db => db.RefundPayouts.AsNoTracking().SingleAsync(p => p.RefundId == confirmed.RefundId));
        Assert.Equal(RefundPayoutStatus.Completed, payout.Status);
        Assert.Equal(confirmed.Reference, payout.Reference);
        Assert.StartsWith("SAMPLE-PAYOUT-E2E-", payout.Reference, StringComparison.Ordinal);
        Assert.Equal(DisputeStatus.Settled, await site.Database.WithDbAsync(db => db.Disputes.Where(d => d.Id == disputeId).Select(d => d.Status).SingleAsync()));
        Assert.Equal(1, report.Rejected);
        Assert.Contains($"refund.instructed: refund {confirmed.RefundId} of {order.Total} (settlement) on dispute {disputeId}, our order {order.Number}", output.ToString(), StringComparison.Ordinal);
        // The sample removes its endpoint when it stops, so nothing is sent to a port nobody listens on.
        Assert.All(await site.Database.WithDbAsync(db => db.WebhookEndpoints.AsNoTracking().ToListAsync()), e => Assert.NotNull(e.DeletedAt));
    }

    [Fact]
    public async Task The_sample_takes_a_redelivered_webhook_once_and_refuses_stale_future_tampered_and_unsigned_ones()
    {
        var output = new StringWriter();
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var now = site.Clock.GetUtcNow();
        await using var listener = await WebhookListener.StartAsync(0, site.Clock, output, CancellationToken.None);
        listener.UseSecret(secret);
        const string body = """{"id":"evt_1","type":"refund.instructed","api_version":"v1","created":"2026-12-01T09:00:00Z","data":{"refund_id":"0193f0b6-1111-7000-8000-000000000001"}}""";

        async Task<HttpStatusCode> SendAsync(string id, DateTimeOffset at, string sent, string? signedBody = null, string? signature = null)
        {
            using var response = await PostAsync(listener.Url, id, at, sent, signature ?? Sign(secret, id, at, signedBody ?? sent));
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await SendAsync("evt_1", now, body));
        Assert.Equal(HttpStatusCode.OK, await SendAsync("evt_1", now.AddSeconds(30), body));
        Assert.Equal(HttpStatusCode.BadRequest, await SendAsync("evt_2", now.AddMinutes(-6), body));
        Assert.Equal(HttpStatusCode.BadRequest, await SendAsync("evt_3", now.AddMinutes(6), body));
        Assert.Equal(HttpStatusCode.BadRequest, await SendAsync("evt_4", now, body.Replace("0001", "0002", StringComparison.Ordinal), signedBody: body));
        Assert.Equal(HttpStatusCode.BadRequest, await SendAsync("evt_5", now, body, signature: ""));
        Assert.Equal(HttpStatusCode.OK, await SendAsync("evt_6", now.AddMinutes(-4), body, signature: "v1,AAAA " + Sign(secret, "evt_6", now.AddMinutes(-4), body)));

        Assert.True(listener.Events.TryRead(out var first));
        Assert.Equal("evt_1", first.Id);
        Assert.Equal(Guid.Parse("0193f0b6-1111-7000-8000-000000000001"), first.IdIn("refund_id"));
        Assert.True(listener.Events.TryRead(out var second));
        Assert.Equal("refund.instructed", second.Type);
        Assert.False(listener.Events.TryRead(out _));
        Assert.Equal(1, listener.Duplicates);
        Assert.Equal(4, listener.Rejected);
        Assert.Contains("minutes old", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The Standard Webhooks signature, computed here from the specification, not with the sample's or the app's code.</summary>
    private static string Sign(string secret, string id, DateTimeOffset at, string body)
    {
        using var hmac = new HMACSHA256(Convert.FromBase64String(secret["whsec_".Length..]));
        return "v1," + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{id}.{at.ToUnixTimeSeconds()}.{body}")));
    }

    private static async Task<HttpResponseMessage> PostAsync(Uri url, string id, DateTimeOffset at, string body, string signature)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature", signature);
        return await http.SendAsync(request);
    }

    private async Task<string> MarketplaceKeyAsync()
    {
        var admin = await site.Database.Data.UserAsync(DisputeCenter.Services.Accounts.Roles.Administrator, "Sample Admin");
        await using var scope = site.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<IntegrationClientService>().CreateAsync("Sample marketplace", ApiScopes.All.ToArray(), admin.Id);
        return issued.Value!.Secret;
    }

    /// <summary>The buyer the sample pushed contacts the seller about the order, waits out the contact period, and files for a full refund.</summary>
    private async Task<Guid> FileAsBuyerAsync(string email, Guid orderId, decimal amount)
    {
        var buyerId = await site.Database.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await using (var scope = site.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<SellerConversationService>().StartAsync(buyerId, new StartConversationCommand
            {
                OrderId = orderId,
                Reason = DisputeReason.NotAsDescribed,
                Message = "Hello, one of the speakers does not charge. Can you help?",
            })).ThrowIfFailed();
        }

        site.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var filed = await scope.ServiceProvider.GetRequiredService<FileDisputeService>().FileAsync(buyerId, new FileDisputeCommand
            {
                OrderId = orderId,
                Reason = DisputeReason.NotAsDescribed,
                Description = DisputeFlow.Description,
                AmountClaimed = amount,
                Remedy = Remedy.FullRefund,
            });
            filed.ThrowIfFailed();
            return filed.Value;
        }
    }
}
