using DisputeCenter.BrowserTests.Infrastructure;

namespace DisputeCenter.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(KestrelApp app, ChromiumFixture chromium) : BrowserTest(app, chromium), IClassFixture<KestrelApp>
{
    [Fact]
    public Task On_a_phone_the_order_list_fits_the_screen_and_its_orders_open() => InBrowserAsync(async () =>
    {
        var (_, seller) = await App.Data.SellerAsync("Guangzhou Evergreen Industrial Machinery Trading Co Ltd");
        var buyer = await App.Data.BuyerAsync("Maximiliane Oberhausen-Wittgenstein");
        var order = await App.Data.OrderAsync(buyer.Id, seller.Id, product: "Stainless steel industrial planetary mixer with bowl guard", unitPrice: 1249.99m);
        await App.Data.OrderAsync(buyer.Id, seller.Id, product: "Replacement dough hook", placedDaysAgo: 40);
        var page = await NewPageAsync(width: 390, height: 844, mobile: true);
        await page.SignInAsync(buyer.Email!);

        await page.GotoAsync("/Orders");

        await Expect(page.Locator("table.data tbody tr")).ToHaveCountAsync(2);
        Assert.Equal(0, await page.HorizontalOverflowAsync());
        await Expect(page.GetByRole(AriaRole.Searchbox, new PageGetByRoleOptions { Name = "Search", Exact = true })).ToBeInViewportAsync(
            new LocatorAssertionsToBeInViewportOptions { Ratio = 1 });
        var link = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = order.Number });
        await link.ScrollIntoViewIfNeededAsync();
        await Expect(link).ToBeInViewportAsync(new LocatorAssertionsToBeInViewportOptions { Ratio = 1 });

        await link.TapAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = $"Order {order.Number}" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.HorizontalOverflowAsync());
    });
}
