using DisputeCenter.BrowserTests.Infrastructure;

namespace DisputeCenter.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class OrderBrowsingTests(KestrelApp app, ChromiumFixture chromium) : BrowserTest(app, chromium), IClassFixture<KestrelApp>
{
    [Fact]
    public Task A_buyer_signs_in_finds_an_order_by_product_and_sees_its_items_and_supplier() => InBrowserAsync(async () =>
    {
        var (_, seller) = await App.Data.SellerAsync("Harbour Lighting Co");
        var buyer = await App.Data.BuyerAsync("Nomsa Buyer");
        var lamp = await App.Data.OrderAsync(buyer.Id, seller.Id, product: "Bamboo desk lamp", unitPrice: 12.50m, quantity: 3);
        await App.Data.OrderAsync(buyer.Id, seller.Id, product: "Ceramic kettle", placedDaysAgo: 25);
        await App.Data.OrderAsync(buyer.Id, seller.Id, product: "Garden hose", placedDaysAgo: 30);
        var page = await NewPageAsync();

        await page.SignInAsync(buyer.Email!);
        await page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Main" })
            .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "My orders" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "My orders" })).ToBeVisibleAsync();
        var rows = page.Locator("table.data tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Searchbox, new PageGetByRoleOptions { Name = "Search", Exact = true }).FillAsync("desk lamp");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Search", Exact = true }).ClickAsync();

        await Expect(page.GetByText("1 order found.")).ToBeVisibleAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("Bamboo desk lamp");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = lamp.Number }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(App.Address, $"/Orders/{lamp.Id}").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = $"Order {lamp.Number}" })).ToBeVisibleAsync();
        var item = page.Locator("table.data tbody tr");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item.Locator("td[data-label=Product]")).ToHaveTextAsync("Bamboo desk lamp");
        await Expect(item.Locator("td[data-label=Quantity]")).ToHaveTextAsync("3");
        await Expect(item.Locator("td[data-label='Line total']")).ToContainTextAsync("37.50");
        var supplier = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Supplier", Exact = true });
        await Expect(supplier).ToContainTextAsync("Harbour Lighting Co");
        await Expect(supplier).ToContainTextAsync("1 Test Street, Testville (ZA)");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    });
}
