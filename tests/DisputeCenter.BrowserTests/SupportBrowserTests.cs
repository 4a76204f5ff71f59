using DisputeCenter.BrowserTests.Infrastructure;
using DisputeCenter.Testing;

namespace DisputeCenter.BrowserTests;

/// <summary>Contact support in a real browser: the buyer asks from an order's page with a photo, a moderator answers from the queue.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SupportBrowserTests(KestrelApp app, ChromiumFixture chromium) : BrowserTest(app, chromium), IClassFixture<KestrelApp>
{
    [Fact]
    public Task A_buyer_asks_support_about_an_order_with_a_photo_and_reads_the_moderators_answer() => InBrowserAsync(async () =>
    {
        var (_, seller) = await App.Data.SellerAsync();
        var customer = await App.Data.BuyerAsync("Zanele Buyer");
        var order = await App.Data.OrderAsync(customer.Id, seller.Id, product: "Blender");
        var moderator = await App.Data.ModeratorAsync();
        var photo = Path.Combine(Directory.CreateTempSubdirectory("dc-browser-").FullName, "double-charge.png");
        await File.WriteAllBytesAsync(photo, EvidenceFiles.Png());
        try
        {
            var buyer = await NewPageAsync();
            await buyer.SignInAsync(customer.Email!);
            await buyer.GotoAsync($"/Orders/{order.Id}");
            await buyer.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Contact support" }).ClickAsync();

            await Expect(buyer.Locator("h1")).ToHaveTextAsync("Contact support");
            await Expect(buyer.GetByLabel("An order")).ToBeCheckedAsync();
            await buyer.AssertNoSeriousAccessibilityViolationsAsync();
            await buyer.GetByLabel("Subject").FillAsync("Charged twice for the blender");
            await buyer.GetByLabel("Your message").FillAsync("My card statement shows two payments; a screenshot is attached.");
            await buyer.GetByLabel("Attachments (optional)").SetInputFilesAsync(photo);
            await buyer.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send to support" }).ClickAsync();

            await Expect(buyer.GetByRole(AriaRole.Status)).ToContainTextAsync("reached our support team");
            await Expect(buyer.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "double-charge.png" })).ToBeVisibleAsync();
            await buyer.AssertNoSeriousAccessibilityViolationsAsync();
            var ticketUrl = new Uri(buyer.Url).AbsolutePath;

            var staff = await NewPageAsync();
            await staff.SignInAsync(moderator.Email!);
            await staff.GotoAsync("/Moderation/Support");
            await staff.AssertNoSeriousAccessibilityViolationsAsync();
            await staff.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Charged twice for the blender" }).GetByRole(AriaRole.Link).ClickAsync();
            await Expect(staff.Locator("h1")).ToContainTextAsync("Charged twice for the blender");
            await staff.AssertNoSeriousAccessibilityViolationsAsync();
            await staff.GetByLabel("Answer the customer").FillAsync("We refunded the second payment; it shows on your card within five days.");
            await staff.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send the answer" }).ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("in the app and by email");

            await buyer.GotoAsync(ticketUrl);
            await Expect(buyer.Locator(".thread")).ToContainTextAsync("We refunded the second payment");
            await Expect(buyer.Locator("dl.facts")).ToContainTextAsync("Answered: waiting for you");
        }
        finally
        {
            File.Delete(photo);
        }
    });
}
