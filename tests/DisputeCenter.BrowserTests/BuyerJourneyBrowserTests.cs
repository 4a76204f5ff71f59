using DisputeCenter.BrowserTests.Infrastructure;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class BuyerJourneyBrowserTests(KestrelApp app, ChromiumFixture chromium) : BrowserTest(app, chromium), IClassFixture<KestrelApp>
{
    [Fact]
    public Task A_buyer_contacts_the_seller_files_with_two_photos_accepts_the_counter_offer_and_sees_it_settled() => InBrowserAsync(async () =>
    {
        var (sellerUser, seller) = await App.Data.SellerAsync("Brightway Audio");
        var buyerUser = await App.Data.BuyerAsync("Amara Buyer");
        var order = await App.Data.OrderAsync(buyerUser.Id, seller.Id, product: "Bluetooth headphones", unitPrice: 45m, quantity: 2, deliveredDaysAgo: 2);
        var folder = Directory.CreateTempSubdirectory("dc-journey-").FullName;
        var photos = new[] { Path.Combine(folder, "left-cup.jpg"), Path.Combine(folder, "box.png") };
        await File.WriteAllBytesAsync(photos[0], EvidenceFiles.JpegWithLocation());
        await File.WriteAllBytesAsync(photos[1], EvidenceFiles.Png());
        var buyer = await NewPageAsync();
        await buyer.SignInAsync(buyerUser.Email!);

        await buyer.GotoAsync($"/Orders/{order.Id}");
        await SnapAsync(buyer, "order");
        await buyer.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "I have a problem" }).ClickAsync();
        await buyer.GetByLabel("Item defective or not as described").CheckAsync();
        await buyer.GetByLabel("Your message to the seller").FillAsync("The left ear cup is cracked and silent. Could you send a replacement?");
        await SnapAsync(buyer, "problem");
        await ClickAsync(buyer, "Send to the seller");
        await Expect(buyer.GetByRole(AriaRole.Status)).ToContainTextAsync("Your message to Brightway Audio was sent.");
        await Expect(buyer.Locator(".next-step")).ToContainTextAsync("in 3 days");
        await SnapAsync(buyer, "conversation");

        App.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await buyer.SignInAsync(buyerUser.Email!);
        await buyer.GotoAsync($"/Orders/{order.Id}/Conversation");
        await buyer.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Open a dispute" }).ClickAsync();
        await ClickAsync(buyer, "Continue");
        await buyer.GetByLabel("What happened?").FillAsync("The left ear cup arrived cracked and gives no sound; the right one works.");
        await buyer.GetByLabel("Amount you claim (USD)").FillAsync("90");
        await buyer.GetByLabel("Full refund").CheckAsync();
        await SnapAsync(buyer, "file-details");
        await ClickAsync(buyer, "Continue");
        await Expect(buyer.Locator(".checklist .missing").First).ToContainTextAsync("Still missing");
        await buyer.GetByLabel("Files", new PageGetByLabelOptions { Exact = true }).SetInputFilesAsync(photos);
        await ClickAsync(buyer, "Upload");
        await Expect(buyer.Locator(".uploaded")).ToContainTextAsync("left-cup.jpg");
        await Expect(buyer.Locator(".uploaded")).ToContainTextAsync("box.png");
        await Expect(buyer.Locator(".checklist .done")).ToContainTextAsync("Photo");
        await SnapAsync(buyer, "file-evidence");
        await ClickAsync(buyer, "Back");
        await ClickAsync(buyer, "Continue");
        await Expect(buyer.Locator(".uploaded li")).ToHaveCountAsync(2);
        await ClickAsync(buyer, "Continue");
        await Expect(buyer.Locator("dl.facts")).ToContainTextAsync("USD 90.00");
        await Expect(buyer.Locator(".uploaded li")).ToHaveCountAsync(2);
        await SnapAsync(buyer, "file-review");
        await ClickAsync(buyer, "Submit the dispute");

        await Expect(buyer.GetByRole(AriaRole.Status)).ToContainTextAsync("Your dispute is open");
        await Expect(buyer.Locator("main")).ToContainTextAsync("left-cup.jpg");
        await Expect(buyer.Locator("main")).ToContainTextAsync("box.png");
        await SnapAsync(buyer, "evidence");

        var disputeId = Guid.Parse(buyer.Url.Split('/')[^2]);
        var counter = await App.Database.InScopeAsync(s => s.GetRequiredService<NegotiationService>()
            .CounterAsync(disputeId, DisputeActor.Seller(sellerUser.Id), Remedy.PartialRefund, 50m, "Keep them, we refund 50."));
        Assert.True(counter.Succeeded);

        await buyer.GotoAsync($"/Disputes/{disputeId}");
        await Expect(buyer.Locator("form[action*='handler=Accept']")).ToContainTextAsync("USD 50.00");
        await SnapAsync(buyer, "dispute");
        await ClickAsync(buyer, "Accept the seller's offer");

        await Expect(buyer.GetByRole(AriaRole.Status)).ToContainTextAsync("settled");
        await Expect(buyer.Locator("h1 .status")).ToHaveTextAsync("Settled");
        await Expect(buyer.Locator(".timeline")).ToContainTextAsync("Offer accepted");
        await SnapAsync(buyer, "dispute-settled");
        await buyer.GotoAsync("/Disputes");
        await Expect(buyer.Locator("table.data")).ToContainTextAsync("Settled");
        await SnapAsync(buyer, "my-disputes");
        Directory.Delete(folder, recursive: true);
    });

    [Fact]
    public Task A_late_filing_is_refused_with_the_reason_shown() => InBrowserAsync(async () =>
    {
        var (_, seller) = await App.Data.SellerAsync();
        var buyerUser = await App.Data.BuyerAsync();
        var order = await App.Data.OrderAsync(buyerUser.Id, seller.Id, placedDaysAgo: 60, deliveredDaysAgo: 29);
        await App.Database.ContactSellerAsync(buyerUser.Id, order.Id);
        App.Clock.Advance(TimeSpan.FromDays(3));
        var buyer = await NewPageAsync();
        await buyer.SignInAsync(buyerUser.Email!);

        await buyer.GotoAsync($"/Disputes/New?orderId={order.Id}");
        await ClickAsync(buyer, "Continue");
        await buyer.GetByLabel("What happened?").FillAsync("The widgets stopped working after a week of light use.");
        await ClickAsync(buyer, "Continue");
        await ClickAsync(buyer, "Continue");
        await ClickAsync(buyer, "Submit the dispute");

        await Expect(buyer.Locator(".error-summary")).ToContainTextAsync("filing window");
        await SnapAsync(buyer, "file-refused");
    });
}
