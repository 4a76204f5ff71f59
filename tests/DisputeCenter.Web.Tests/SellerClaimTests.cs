using System.Net;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Web.Tests;

public sealed class SellerClaimTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
        return client;
    }

    [Fact]
    public async Task A_seller_sees_the_claim_with_its_deadline_and_counters_with_a_partial_refund()
    {
        var filed = await app.Database.FileAsync(unitPrice: 50m, quantity: 2);
        using var seller = await SignedInAsync(filed.SellerUser.Email!);

        var list = await seller.GetDocumentAsync("/Seller/Claims");
        var row = Assert.Single(list.QuerySelectorAll("table.data tbody tr"));
        Assert.Contains("Your move", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("in 5 days", row.TextContent, StringComparison.Ordinal);

        var page = await seller.GetDocumentAsync($"/Seller/Claims/{filed.DisputeId}");
        Assert.Contains(DisputeFlow.Description, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[action*='handler=AcceptClaim']"));
        var countered = await seller.SubmitAsync($"/Seller/Claims/{filed.DisputeId}", "form[action*='handler=Counter']", new Dictionary<string, string>
        {
            ["remedy"] = nameof(Remedy.PartialRefund),
            ["amount"] = "30",
            ["note"] = "Keep them, 30 back.",
        });

        Assert.Equal(HttpStatusCode.Redirect, countered.StatusCode);
        var offers = await app.Database.WithDbAsync(d => d.Disputes.Include(x => x.Offers).AsNoTracking().SingleAsync(x => x.Id == filed.DisputeId));
        Assert.Contains(offers.Offers, o => o.MadeBy == Party.Seller && o.Amount!.Value.Amount == 30m);
        Assert.Equal(DisputeStatus.Negotiating, offers.Status);
    }

    [Fact]
    public async Task Another_seller_gets_a_404_and_a_buyer_is_kept_out_of_the_seller_area()
    {
        var filed = await app.Database.FileAsync();
        var (otherSeller, _) = await app.Data.SellerAsync("Competitor Ltd");
        using var competitor = await SignedInAsync(otherSeller.Email!);
        using var buyer = await SignedInAsync(filed.Buyer.Email!);

        Assert.Equal(HttpStatusCode.NotFound, (await competitor.GetAsync($"/Seller/Claims/{filed.DisputeId}")).StatusCode);
        var denied = await buyer.GetAsync($"/Seller/Claims/{filed.DisputeId}");
        Assert.Contains("/Identity/Account/AccessDenied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
