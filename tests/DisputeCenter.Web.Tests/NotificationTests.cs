using System.Net;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Notifications;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

public sealed class NotificationTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
        return client;
    }

    private static async Task<string?> UnreadAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/")).QuerySelector(".notification-bell a[href='/Notifications']")?.GetAttribute("data-unread");

    [Fact]
    public async Task After_a_sellers_counter_offer_the_buyer_sees_one_unread_notification_until_they_view_the_list()
    {
        var filed = await app.Database.FileAsync();
        (await app.Database.InScopeAsync(s => s.GetRequiredService<NegotiationService>()
            .CounterAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), Remedy.PartialRefund, 40m, "Keep them, 40 back."))).ThrowIfFailed();
        using var buyer = await SignedInAsync(filed.Buyer.Email!);

        Assert.Equal("1", await UnreadAsync(buyer));

        var list = await buyer.GetDocumentAsync("/Notifications");
        var item = Assert.Single(list.QuerySelectorAll("ol.notifications > li"));
        Assert.Equal($"The seller made an offer on order {filed.Order.Number}", item.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal($"/Disputes/{filed.DisputeId}", item.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("New", item.QuerySelector(".status")!.TextContent.Trim());
        Assert.Contains("a partial refund of 40.00 USD", item.TextContent, StringComparison.Ordinal);

        Assert.Equal("0", await UnreadAsync(buyer));
        var again = await buyer.GetDocumentAsync("/Notifications");
        Assert.Null(Assert.Single(again.QuerySelectorAll("ol.notifications > li")).QuerySelector(".status"));
    }

    [Fact]
    public async Task A_buyer_who_chose_Afrikaans_and_their_time_zone_reads_the_offer_in_them_in_the_app_and_by_email()
    {
        var filed = await app.Database.FileAsync();
        using var buyer = await SignedInAsync(filed.Buyer.Email!);
        var chosen = await buyer.SubmitAsync("/", "form.preferences", new Dictionary<string, string> { ["culture"] = "af-ZA", ["timeZone"] = "Africa/Johannesburg" });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<NegotiationService>()
                .CounterAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), Remedy.PartialRefund, 40m, "Hou dit, 40 terug."))
                .ThrowIfFailed();
        }

        var list = await buyer.GetDocumentAsync("/Notifications");
        Assert.Equal("Kennisgewings", list.QuerySelector("h1")!.TextContent.Trim());
        var item = Assert.Single(list.QuerySelectorAll("ol.notifications > li"));
        Assert.Equal($"Die verkoper het 'n aanbod gemaak oor bestelling {filed.Order.Number}", item.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("Die verkoper bied 'n gedeeltelike terugbetaling van USD 40,00, terwyl die koper die goedere hou aan. Hulle nota: \u201CHou dit, 40 terug.\u201D", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Wat jy nou kan doen:", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Africa/Johannesburg (UTC+02:00)", item.TextContent, StringComparison.Ordinal);

        var email = await app.Database.WithDbAsync(d => d.OutboxEmails.AsNoTracking().SingleAsync(e => e.ToAddress == filed.Buyer.Email));
        Assert.StartsWith("Die verkoper het 'n aanbod gemaak", email.Subject, StringComparison.Ordinal);
        Assert.StartsWith($"Hallo {filed.Buyer.DisplayName},", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hulle nota: \u201CHou dit, 40 terug.\u201D", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Jy ontvang hierdie e-pos omdat jy 'n party in hierdie dispuut is.", email.TextBody, StringComparison.Ordinal);

        // The seller chose nothing: what reaches them, written by the same app, is in English.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<NegotiationService>()
                .RequestMediationAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id))).ThrowIfFailed();
        }

        var sellers = await app.Database.WithDbAsync(d => d.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == filed.SellerUser.Id && n.Kind == NotificationKind.Escalated).Select(n => n.Title).SingleAsync());
        Assert.Equal($"The dispute on order {filed.Order.Number} went to a moderator", sellers);
    }

    [Fact]
    public async Task A_seller_is_linked_to_the_claim_in_the_seller_centre_and_the_list_needs_a_sign_in()
    {
        var filed = await app.Database.FileAsync();
        using var seller = await SignedInAsync(filed.SellerUser.Email!);

        var list = await seller.GetDocumentAsync("/Notifications");

        var link = Assert.Single(list.QuerySelectorAll("ol.notifications > li h2 a"));
        Assert.Equal($"/Seller/Claims/{filed.DisputeId}", link.GetAttribute("href"));
        using var stranger = app.Browser();
        var anonymous = await stranger.GetAsync("/Notifications");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Identity/Account/Login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Null((await stranger.GetDocumentAsync("/")).QuerySelector(".notification-bell"));
    }
}
