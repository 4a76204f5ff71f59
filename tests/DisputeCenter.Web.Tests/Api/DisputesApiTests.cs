using System.Net;
using System.Text;
using System.Text.Json;
using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Integration.Ingestion;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Web.Tests.Api;

/// <summary>Disputes over the API: the list and its cursor, one dispute in full, and the seller's moves with their refusals.</summary>
public sealed class DisputesApiTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private static async Task<List<JsonElement>> AllPagesAsync(HttpClient client, string query, Func<Task>? betweenPages = null)
    {
        var seen = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync($"/api/v1/disputes?limit=2{query}{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}")).JsonAsync();
            seen.AddRange(page.GetProperty("data").EnumerateArray());
            cursor = page.GetProperty("next_cursor").GetString();
            if (betweenPages is not null)
            {
                await betweenPages();
            }
        }
        while (cursor is not null);

        return seen;
    }

    private static Guid IdOf(JsonElement dispute) => dispute.GetProperty("id").GetGuid();

    [Fact]
    public async Task The_list_pages_by_cursor_nothing_filed_meanwhile_hides_a_dispute_and_one_seen_again_has_changed_since()
    {
        var seller = "Cursor Supplies";
        var before = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            before.Add((await app.Database.FileAsync(sellerName: seller)).DisputeId);
        }

        using var api = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);
        var filedMeanwhile = new List<Guid>();

        var seen = await AllPagesAsync(api, string.Empty, async () =>
        {
            if (filedMeanwhile.Count < 3)
            {
                app.Clock.Advance(TimeSpan.FromSeconds(1));
                filedMeanwhile.Add((await app.Database.FileAsync(sellerName: seller)).DisputeId);
            }
        });

        // Filing moves the clock on by days, so the deadline sweeper escalates some disputes meanwhile: a changed dispute
        // comes round again, later in the list, as it is now. Nothing comes round unchanged.
        var ids = seen.Select(IdOf).ToList();
        Assert.All(seen.GroupBy(IdOf), sightings =>
        {
            var times = sightings.Select(d => d.GetProperty("last_event_at").GetDateTimeOffset()).ToList();
            Assert.Equal(times.Order(), times);
            Assert.Equal(times.Count, times.Distinct().Count());
        });
        Assert.All(before, id => Assert.Contains(id, ids));
        Assert.All(filedMeanwhile, id => Assert.Contains(id, ids));
    }

    [Fact]
    public async Task The_list_filters_by_status_seller_and_updated_since()
    {
        var first = await app.Database.FileAsync(sellerName: "Filter Supplies One");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var since = app.Clock.GetUtcNow();
        var second = await app.Database.FileAsync(sellerName: "Filter Supplies Two");
        await app.Database.WithDbAsync(db =>
        {
            db.ExternalIds.Add(new ExternalId(ExternalKind.Seller, "filter-seller-two", second.SellerUser.Id));
            return db.SaveChangesAsync();
        });
        using var api = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);
        Assert.Equal(HttpStatusCode.OK, (await api.PostJsonAsync($"/api/v1/disputes/{first.DisputeId}/accept-claim", new { })).StatusCode);

        var awaiting = (await AllPagesAsync(api, "&status=awaiting_seller")).Select(IdOf).ToList();
        var bySeller = (await AllPagesAsync(api, "&seller=filter-seller-two")).Select(IdOf).ToList();
        var recent = (await AllPagesAsync(api, "&updated_since=" + Uri.EscapeDataString(since.ToString("O")))).Select(IdOf).ToList();
        var unknownStatus = await api.GetAsync("/api/v1/disputes?status=lost_in_the_post");

        Assert.Contains(second.DisputeId, awaiting);
        Assert.DoesNotContain(first.DisputeId, awaiting);
        Assert.Equal([second.DisputeId], bySeller);
        Assert.Contains(second.DisputeId, recent);
        Assert.Contains(first.DisputeId, recent);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownStatus.StatusCode);
        Assert.Equal("status", (await unknownStatus.JsonAsync()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task One_dispute_shows_what_is_pending_by_when_its_timeline_with_hashes_and_its_evidence()
    {
        var filed = await app.Database.FileAsync();
        using var api = app.ApiClient((await app.SellerKeyAsync(filed.SellerUser.Id)).Secret);

        var dispute = await (await api.GetAsync($"/api/v1/disputes/{filed.DisputeId}")).JsonAsync();

        Assert.Equal("awaiting_seller", dispute.GetProperty("dispute").GetProperty("status").GetString());
        var pending = dispute.GetProperty("pending_actions").EnumerateArray().ToList();
        Assert.Contains(pending, a => a.GetProperty("actor").GetString() == "seller" && a.GetProperty("due_at").GetDateTimeOffset() > app.Clock.GetUtcNow());
        Assert.All(pending, a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("if_missed").GetString())));
        Assert.Contains("accept_claim", dispute.GetProperty("available_actions").EnumerateArray().Select(a => a.GetString()));
        var timeline = dispute.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal("filed", timeline[0].GetProperty("kind").GetString());
        Assert.All(timeline, e => Assert.Equal(64, e.GetProperty("hash").GetString()!.Length));
        Assert.Equal(JsonValueKind.Array, dispute.GetProperty("evidence").ValueKind);
    }

    [Fact]
    public async Task The_sellers_answer_rejection_and_counter_offer_go_through_the_domain_and_a_refusal_names_its_rule()
    {
        var answered = await app.Database.FileAsync();
        var rejected = await app.Database.FileAsync();
        using var api = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);

        var answer = await api.PostJsonAsync($"/api/v1/disputes/{answered.DisputeId}/answer", new { statement = "The headphones left our warehouse tested; please send a photo of the ear cup." });
        var offer = await api.PostJsonAsync($"/api/v1/disputes/{answered.DisputeId}/offers", new { remedy = "partial_refund", amount = 30m, note = "30 USD back for the trouble." });
        var tooMuch = await api.PostJsonAsync($"/api/v1/disputes/{answered.DisputeId}/offers", new { remedy = "partial_refund", amount = 100_000m, note = "More than was paid." });
        var emptyRejection = await api.PostJsonAsync($"/api/v1/disputes/{rejected.DisputeId}/reject", new { statement = "" });
        var rejection = await api.PostJsonAsync($"/api/v1/disputes/{rejected.DisputeId}/reject", new { statement = "The tracking shows delivery in perfect condition, signed by the buyer." });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Created, offer.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        var refusal = await tooMuch.JsonAsync();
        Assert.False(string.IsNullOrEmpty(refusal.GetProperty("rule").GetString()));
        Assert.False(string.IsNullOrEmpty(refusal.GetProperty("detail").GetString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, emptyRejection.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rejection.StatusCode);
        var sellersOffers = await app.Database.WithDbAsync(db => db.Disputes.Where(d => d.Id == answered.DisputeId).SelectMany(d => d.Offers).CountAsync(o => o.MadeBy == Party.Seller));
        Assert.Equal(1, sellersOffers);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_problem_not_a_server_error()
    {
        var filed = await app.Database.FileAsync();
        using var api = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);

        var response = await api.PostAsync($"/api/v1/disputes/{filed.DisputeId}/answer", new StringContent("{ not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
