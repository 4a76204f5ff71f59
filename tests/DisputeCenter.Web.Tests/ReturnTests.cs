using System.Net;
using AngleSharp.Html.Dom;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Returns;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Api;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

/// <summary>Return and refund on the buyer's and the seller's pages and over the API: the goods go back, tracked, before the money.</summary>
public sealed class ReturnTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private const string Address = "Acme Audio Returns, 12 Dock Road, Durban 4001";

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
        return client;
    }

    /// <summary>A dispute settled on the seller's offer to take the goods back and refund all 100.</summary>
    private async Task<FiledDispute> SettledOnReturnAsync()
    {
        var filed = await app.Database.FileAsync(unitPrice: 50m, quantity: 2);
        await app.Database.InScopeAsync(async services =>
        {
            var negotiation = services.GetRequiredService<NegotiationService>();
            var offer = await negotiation.CounterAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), Remedy.ReturnAndRefund, 100m, "Send them back for a full refund.");
            (await negotiation.AcceptOfferAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), offer.Value)).ThrowIfFailed();
        });
        return filed;
    }

    private Task<Dispute> LoadAsync(Guid id) =>
        app.Database.WithDbAsync(d => d.Disputes.Include(x => x.Refunds).AsNoTracking().SingleAsync(x => x.Id == id));

    [Fact]
    public async Task The_return_runs_on_the_pages_from_the_sellers_address_to_the_refund_and_bad_input_changes_nothing()
    {
        var filed = await SettledOnReturnAsync();
        using var seller = await SignedInAsync(filed.SellerUser.Email!);
        using var buyer = await SignedInAsync(filed.Buyer.Email!);
        var sellerPage = $"/Seller/Claims/{filed.DisputeId}";
        var buyerPage = $"/Disputes/{filed.DisputeId}";

        var waiting = await buyer.GetDocumentAsync(buyerPage);
        Assert.Contains("Wait for the seller's return address", waiting.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(waiting.QuerySelector("form[action*='handler=ShipReturn']"));

        var blank = await seller.SubmitAsync(sellerPage, "form[action*='handler=ReturnAddress']", new Dictionary<string, string> { ["address"] = "  " });
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("The return address", (await blank.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ReturnStatus.AwaitingAddress, (await LoadAsync(filed.DisputeId)).Return!.Status);

        var given = await seller.SubmitAsync(sellerPage, "form[action*='handler=ReturnAddress']", new Dictionary<string, string> { ["address"] = Address });
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);

        var shipForm = await buyer.GetDocumentAsync(buyerPage);
        Assert.Contains(Address, shipForm.QuerySelector("#return")!.TextContent, StringComparison.Ordinal);
        var badTracking = await buyer.SubmitAsync(buyerPage, "form[action*='handler=ShipReturn']", new Dictionary<string, string>
        {
            ["carrier"] = "DHL Express",
            ["trackingNumber"] = "<script>",
        });
        Assert.Equal(HttpStatusCode.OK, badTracking.StatusCode);
        var refused = await badTracking.ParseAsync();
        Assert.Contains("tracking number", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("DHL Express", ((IHtmlInputElement)refused.QuerySelector("#carrier")!).Value);
        Assert.Equal(ReturnStatus.AwaitingShipment, (await LoadAsync(filed.DisputeId)).Return!.Status);

        var shipped = await buyer.SubmitAsync(buyerPage, "form[action*='handler=ShipReturn']", new Dictionary<string, string>
        {
            ["carrier"] = "DHL Express",
            ["trackingNumber"] = "JD0146 0001 2345",
        });
        Assert.Equal(HttpStatusCode.Redirect, shipped.StatusCode);

        var inTransit = await seller.GetDocumentAsync(sellerPage);
        Assert.Contains("JD0146 0001 2345", inTransit.QuerySelector("#return")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await LoadAsync(filed.DisputeId)).Refunds);
        var received = await seller.SubmitAsync(sellerPage, "form[action*='handler=ReturnReceived']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);

        var done = await LoadAsync(filed.DisputeId);
        Assert.Equal((DisputeStatus.Settled, ReturnStatus.Received), (done.Status, done.Return!.Status));
        Assert.Equal(100m, Assert.Single(done.Refunds).Amount.Amount);
        var buyerAfter = await buyer.GetDocumentAsync(buyerPage);
        Assert.NotNull(buyerAfter.QuerySelector("#refunds"));
        Assert.Contains("the seller confirmed the goods", buyerAfter.QuerySelector("#return")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_marketplace_reports_the_carriers_delivery_and_the_api_shows_each_step()
    {
        var filed = await SettledOnReturnAsync();
        using var sellerApi = app.ApiClient((await app.SellerKeyAsync(filed.SellerUser.Id)).Secret);
        using var marketplace = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);
        var path = $"/api/v1/disputes/{filed.DisputeId}";

        var address = await sellerApi.PostJsonAsync($"{path}/return/address", new { address = Address });
        Assert.True(address.StatusCode == HttpStatusCode.OK, await address.Content.ReadAsStringAsync());
        var early = await marketplace.PostJsonAsync($"{path}/return/delivered", new { delivered_at = DateTimeOffset.UtcNow });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("ReturnMustBeAtStep", (await early.JsonAsync()).GetProperty("rule").GetString());

        using var buyer = await SignedInAsync(filed.Buyer.Email!);
        await buyer.SubmitAsync($"/Disputes/{filed.DisputeId}", "form[action*='handler=ShipReturn']", new Dictionary<string, string>
        {
            ["carrier"] = "Aramex",
            ["trackingNumber"] = "AX-55120-9913",
        });
        app.Clock.Advance(TimeSpan.FromDays(2));
        var deliveredAt = app.Clock.GetUtcNow().AddHours(-2);

        var bySeller = await sellerApi.PostJsonAsync($"{path}/return/delivered", new { delivered_at = deliveredAt });
        var byMarketplace = await marketplace.PostJsonAsync($"{path}/return/delivered", new { delivered_at = deliveredAt });
        var dispute = await (await sellerApi.GetAsync(path)).JsonAsync();

        Assert.Equal(HttpStatusCode.Forbidden, bySeller.StatusCode);
        Assert.True(byMarketplace.StatusCode == HttpStatusCode.OK, await byMarketplace.Content.ReadAsStringAsync());
        var shipment = dispute.GetProperty("return");
        Assert.Equal("delivered", shipment.GetProperty("status").GetString());
        Assert.Equal("AX-55120-9913", shipment.GetProperty("tracking_number").GetString());
        Assert.Equal(Address, shipment.GetProperty("address").GetString());
        Assert.Equal(deliveredAt, shipment.GetProperty("carrier_delivered_at").GetDateTimeOffset());
        Assert.Equal(deliveredAt.AddDays(3), shipment.GetProperty("due_at").GetDateTimeOffset());
        var problem = await sellerApi.PostJsonAsync($"{path}/return/problem", new { problem = "missing", statement = "The box came empty." });
        Assert.True(problem.StatusCode == HttpStatusCode.OK, await problem.Content.ReadAsStringAsync());
        Assert.Equal(DisputeStatus.InMediation, (await LoadAsync(filed.DisputeId)).Status);
    }
}
