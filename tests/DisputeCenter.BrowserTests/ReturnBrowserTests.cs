using DisputeCenter.BrowserTests.Infrastructure;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Disputes.Returns;
using DisputeCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.BrowserTests;

/// <summary>
/// Return and refund in a real browser: the buyer accepts a return, the seller gives its address, the buyer enters the
/// tracking, the carrier delivers, and the seller's silence refunds the buyer.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReturnBrowserTests(KestrelApp app, ChromiumFixture chromium) : BrowserTest(app, chromium), IClassFixture<KestrelApp>
{
    [Fact]
    public Task A_return_with_tracking_runs_from_the_accepted_offer_to_the_refund() => InBrowserAsync(async () =>
    {
        var filed = await App.Database.FileAsync(sellerName: "Return Browser Audio");
        var offer = await App.Database.InScopeAsync(s => s.GetRequiredService<NegotiationService>()
            .CounterAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), Remedy.ReturnAndRefund, 100m, "Send them back and we refund all of it."));
        Assert.True(offer.Succeeded);
        var buyer = await NewPageAsync();
        await buyer.SignInAsync(filed.Buyer.Email!);
        var seller = await NewPageAsync();
        await seller.SignInAsync(filed.SellerUser.Email!);

        await buyer.GotoAsync($"/Disputes/{filed.DisputeId}");
        await ClickAsync(buyer, "Accept the seller's offer");
        await Expect(buyer.Locator("h1 .status")).ToHaveTextAsync("Return in progress");
        await Expect(buyer.Locator("main")).ToContainTextAsync("Wait for the seller's return address");

        await seller.GotoAsync($"/Seller/Claims/{filed.DisputeId}");
        await seller.GetByLabel("Return address").FillAsync("Return Browser Audio\n12 Dock Road\nDurban 4001");
        await ClickAsync(seller, "Send the address to the buyer");
        await Expect(seller.GetByRole(AriaRole.Status)).ToContainTextAsync("The buyer has your return address");

        await buyer.ReloadAsync();
        await Expect(buyer.Locator("#return")).ToContainTextAsync("12 Dock Road");
        await buyer.AssertNoSeriousAccessibilityViolationsAsync();
        await buyer.GetByLabel("Carrier").FillAsync("DHL Express");
        await buyer.GetByLabel("Tracking number").FillAsync("no");
        await ClickAsync(buyer, "The goods are on their way");
        await Expect(buyer.Locator(".error-summary")).ToContainTextAsync("tracking number");
        await buyer.GetByLabel("Tracking number").FillAsync("JD0146 0001 2345");
        await ClickAsync(buyer, "The goods are on their way");
        await Expect(buyer.GetByRole(AriaRole.Status)).ToContainTextAsync("on their way");
        await Expect(buyer.Locator("#return")).ToContainTextAsync("JD0146 0001 2345");

        App.Clock.Advance(TimeSpan.FromDays(2));
        var reported = await App.Database.InScopeAsync(s => s.GetRequiredService<ReturnService>()
            .RecordCarrierDeliveryAsync(filed.DisputeId, DisputeActor.Marketplace("browser-test-marketplace"), App.Clock.GetUtcNow().AddHours(-1)));
        Assert.True(reported.Succeeded);
        seller = await NewPageAsync(); // two days on, the sign-in has expired
        await seller.SignInAsync(filed.SellerUser.Email!);
        await seller.GotoAsync($"/Seller/Claims/{filed.DisputeId}");
        await Expect(seller.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Confirm the goods arrived" })).ToBeVisibleAsync();
        await seller.AssertNoSeriousAccessibilityViolationsAsync();

        App.Clock.Advance(TimeSpan.FromDays(3));
        await App.Database.InScopeAsync(s => s.GetRequiredService<DeadlineSweep>().SweepAsync());

        buyer = await NewPageAsync();
        await buyer.SignInAsync(filed.Buyer.Email!);
        await buyer.GotoAsync($"/Disputes/{filed.DisputeId}");
        await Expect(buyer.Locator("h1 .status")).ToHaveTextAsync("Settled");
        await Expect(buyer.Locator("#return")).ToContainTextAsync("refunded automatically");
        await Expect(buyer.Locator("#refunds")).ToContainTextAsync("100.00");
        await Expect(buyer.Locator(".timeline")).ToContainTextAsync("refunded automatically");
    });
}
