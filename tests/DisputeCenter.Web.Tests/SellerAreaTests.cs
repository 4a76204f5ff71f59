using System.Net;
using AngleSharp.Dom;
using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

public sealed class SellerAreaTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
        return client;
    }

    private static IReadOnlyList<string> Facts(IDocument page) =>
        page.QuerySelectorAll("[aria-labelledby='record-title'] dd").Select(dd => dd.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_home_page_counts_the_claims_awaiting_the_sellers_answer_and_links_to_exactly_those()
    {
        var (sellerUser, seller) = await app.Data.SellerAsync("Count Ltd");
        var ids = await app.Database.FileAgainstAsync(seller, DisputeReason.NotAsDescribed, DisputeReason.DamagedInTransit, DisputeReason.IncompleteOrder);
        (await app.Database.InScopeAsync(s => s.GetRequiredService<NegotiationService>()
            .SellerRejectAsync(ids[2], sellerUser.Id, "The parcel left us complete."))).ThrowIfFailed();
        using var client = await SignedInAsync(sellerUser.Email!);

        var home = await client.GetDocumentAsync("/Seller");
        var link = home.QuerySelector("#claims-awaiting")!;
        Assert.Contains("2 claims waiting for your answer", link.TextContent, StringComparison.Ordinal);
        var listed = await client.GetDocumentAsync(link.GetAttribute("href")!);
        var rows = listed.QuerySelectorAll("table.data tbody tr a").Select(a => a.GetAttribute("href")).Order().ToList();
        Assert.Equal(new[] { ids[0], ids[1] }.Select(id => $"/Seller/Claims/{id}").Order(), rows);
        Assert.True(listed.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#awaiting")!.IsChecked);

        var damaged = await client.GetDocumentAsync("/Seller/Claims?reason=DamagedInTransit");
        Assert.Equal($"/Seller/Claims/{ids[1]}", Assert.Single(damaged.QuerySelectorAll("table.data tbody tr a")).GetAttribute("href"));
        Assert.Equal("selected", damaged.QuerySelector("#reason option[value='DamagedInTransit']")!.GetAttribute("selected"));
    }

    [Fact]
    public async Task The_sellers_record_shows_the_figures_a_buyer_sees_and_only_its_own()
    {
        var filed = await app.Database.FileAsync();
        (await app.Database.InScopeAsync(s => s.GetRequiredService<NegotiationService>().SellerAcceptClaimAsync(filed.DisputeId, filed.SellerUser.Id))).ThrowIfFailed();
        var (otherUser, other) = await app.Data.SellerAsync("Other Record Ltd");
        await app.Data.OrderAsync(filed.Buyer.Id, other.Id);
        using var buyer = await SignedInAsync(filed.Buyer.Email!);
        using var seller = await SignedInAsync(filed.SellerUser.Email!);
        using var competitor = await SignedInAsync(otherUser.Email!);

        var buyersView = Facts(await buyer.GetDocumentAsync($"/Orders/{filed.Order.Id}"));
        var record = await seller.GetDocumentAsync("/Seller/Record");
        var competitorsRecord = await competitor.GetDocumentAsync($"/Seller/Record?sellerId={filed.Seller.Id}");

        Assert.Equal(buyersView, Facts(record));
        Assert.Equal("1", buyersView[1].Split(' ')[0]);
        var outcome = Assert.Single(record.QuerySelectorAll("#outcomes tbody tr"));
        Assert.Contains("Settled with the buyer", outcome.TextContent, StringComparison.Ordinal);
        Assert.Contains("Full refund", outcome.TextContent, StringComparison.Ordinal);
        Assert.Equal(("1", "0 (0.0% of orders)"), (Facts(competitorsRecord)[0], Facts(competitorsRecord)[1]));
        Assert.Null(competitorsRecord.QuerySelector("#outcomes"));
        Assert.NotNull((await seller.GetDocumentAsync("/Seller")).QuerySelector("a[href='/Seller/Record']"));
    }

    [Theory]
    [InlineData("/Seller")]
    [InlineData("/Seller/Claims?awaiting=true")]
    [InlineData("/Seller/Record")]
    public async Task Seller_pages_refuse_buyers_moderators_and_administrators(string url)
    {
        foreach (var role in new[] { Roles.Buyer, Roles.Moderator, Roles.Administrator })
        {
            var user = await app.Data.UserAsync(role, "Not a seller");
            using var client = await SignedInAsync(user.Email!);

            var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Identity/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}
