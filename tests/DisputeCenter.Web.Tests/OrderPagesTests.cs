using System.Net;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;

namespace DisputeCenter.Web.Tests;

public sealed class OrderPagesTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        var response = await client.SignInAsync(email, TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [Fact]
    public async Task A_buyers_order_list_shows_their_orders_and_nobody_elses()
    {
        var (_, seller) = await app.Data.SellerAsync("Listing Supplier");
        var buyer = await app.Data.BuyerAsync();
        var other = await app.Data.BuyerAsync();
        var mine = await app.Data.OrderAsync(buyer.Id, seller.Id, product: "My lamp");
        var theirs = await app.Data.OrderAsync(other.Id, seller.Id, product: "Their lamp");
        using var client = await SignedInAsync(buyer.Email!);

        var page = await client.GetDocumentAsync("/Orders");

        var rows = page.QuerySelectorAll("table.data tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains(mine.Number, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("My lamp", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Orders/{mine.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain(theirs.Number, page.Body!.TextContent, StringComparison.Ordinal);
    }

    private static string Day(DateTimeOffset instant) => instant.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static AngleSharp.Dom.IElement DisputeCell(AngleSharp.Dom.IDocument page, string product) =>
        page.QuerySelectorAll("table.data tbody tr").Single(r => r.TextContent.Contains(product, StringComparison.Ordinal)).QuerySelector("td.filing")!;

    [Fact]
    public async Task The_list_says_seller_contact_comes_first_with_when_filing_opens_and_until_when()
    {
        var (_, seller) = await app.Data.SellerAsync();
        var buyer = await app.Data.BuyerAsync();
        var recent = await app.Data.OrderAsync(buyer.Id, seller.Id, product: "Recent kettle", placedDaysAgo: 10, deliveredDaysAgo: 2);
        await app.Data.OrderAsync(buyer.Id, seller.Id, product: "Old kettle", placedDaysAgo: 100, deliveredDaysAgo: 80);
        using var client = await SignedInAsync(buyer.Email!);

        var page = await client.GetDocumentAsync("/Orders");

        var recentCell = DisputeCell(page, "Recent kettle");
        var opens = Day(app.Clock.GetUtcNow().AddDays(3));
        var until = Day(recent.DeliveredAt!.Value.AddDays(30));
        Assert.Equal($"Contact the seller first; opens {opens}, until {until}", Normalized(recentCell.TextContent));
        Assert.Equal($"/Orders/{recent.Id}/Problem", recentCell.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain("Possible", recentCell.TextContent, StringComparison.Ordinal);
        Assert.Equal("Not possible now", DisputeCell(page, "Old kettle").TextContent.Trim());
    }

    [Fact]
    public async Task The_list_follows_the_conversation_and_says_possible_only_when_filing_would_succeed()
    {
        var (_, seller) = await app.Data.SellerAsync();
        var buyer = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, product: "Talked-about kettle", placedDaysAgo: 10, deliveredDaysAgo: 2);
        await app.Database.ContactSellerAsync(buyer.Id, order.Id);
        var contactEnds = app.Clock.GetUtcNow().AddDays(3);
        using var client = await SignedInAsync(buyer.Email!);

        var talking = DisputeCell(await client.GetDocumentAsync("/Orders"), "Talked-about kettle");
        Assert.Equal($"Talking with the seller; opens {Day(contactEnds)}, until {Day(order.DeliveredAt!.Value.AddDays(30))}", Normalized(talking.TextContent));
        Assert.Equal($"/Orders/{order.Id}/Conversation", talking.QuerySelector("a")!.GetAttribute("href"));

        app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        using var later = await SignedInAsync(buyer.Email!); // the first session has been idle too long by now
        var possible = DisputeCell(await later.GetDocumentAsync("/Orders"), "Talked-about kettle");
        Assert.Equal($"Possible until {Day(order.DeliveredAt!.Value.AddDays(30))}", Normalized(possible.TextContent));
    }

    [Fact]
    public async Task An_order_with_an_open_dispute_says_so_in_the_list_and_links_to_the_dispute()
    {
        var filed = await app.Database.FileAsync();
        using var client = await SignedInAsync(filed.Buyer.Email!);

        var cell = DisputeCell(await client.GetDocumentAsync("/Orders"), "Headphones");

        Assert.Equal("Dispute open", cell.TextContent.Trim());
        Assert.Equal($"/Disputes/{filed.DisputeId}", cell.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Disputes/{filed.DisputeId}")).StatusCode);
    }

    [Fact]
    public async Task A_new_buyers_empty_list_says_where_orders_come_from_and_offers_no_filters_to_clear()
    {
        var buyer = await app.Data.BuyerAsync();
        using var client = await SignedInAsync(buyer.Email!);

        var page = await client.GetDocumentAsync("/Orders");

        var empty = page.QuerySelector(".empty-state")!.TextContent;
        Assert.Contains("You have no orders yet.", empty, StringComparison.Ordinal);
        Assert.Contains("When you buy on the marketplace, your orders appear here", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("filters", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Null(page.QuerySelector("form.filters"));
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so_and_offers_to_clear_the_filters()
    {
        var (_, seller) = await app.Data.SellerAsync();
        var buyer = await app.Data.BuyerAsync();
        await app.Data.OrderAsync(buyer.Id, seller.Id, product: "Teapot");
        using var client = await SignedInAsync(buyer.Email!);

        var page = await client.GetDocumentAsync("/Orders?q=bicycle");

        var empty = page.QuerySelector(".empty-state")!;
        Assert.Contains("No orders match your search or filters.", empty.TextContent, StringComparison.Ordinal);
        Assert.Equal("?", empty.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("form.filters"));
        Assert.DoesNotContain("You have no orders yet.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_sellers_empty_list_says_orders_appear_when_buyers_order()
    {
        var (sellerUser, _) = await app.Data.SellerAsync();
        using var client = await SignedInAsync(sellerUser.Email!);

        var page = await client.GetDocumentAsync("/Seller/Orders");

        Assert.Contains("No orders have been placed with you yet.", page.QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.filters"));
    }

    private static string Normalized(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    [Fact]
    public async Task Search_and_paging_work_through_the_query_string()
    {
        var (_, seller) = await app.Data.SellerAsync();
        var buyer = await app.Data.BuyerAsync();
        for (var i = 0; i < 23; i++)
        {
            await app.Data.OrderAsync(buyer.Id, seller.Id, product: i % 2 == 0 ? "Garden hose" : "Kettle", placedDaysAgo: 30 + i);
        }

        using var client = await SignedInAsync(buyer.Email!);

        var firstPage = await client.GetDocumentAsync("/Orders");
        Assert.Equal(20, firstPage.QuerySelectorAll("table.data tbody tr").Length);
        var next = firstPage.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var secondPage = await client.GetDocumentAsync("/Orders" + next);
        Assert.Equal(3, secondPage.QuerySelectorAll("table.data tbody tr").Length);

        var hoses = await client.GetDocumentAsync("/Orders?q=hose");
        Assert.Equal(12, hoses.QuerySelectorAll("table.data tbody tr").Length);
        Assert.All(hoses.QuerySelectorAll("table.data tbody tr"), r => Assert.Contains("Garden hose", r.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_filter_is_explained_and_nothing_is_listed()
    {
        var buyer = await app.Data.BuyerAsync();
        using var client = await SignedInAsync(buyer.Email!);

        var page = await client.GetDocumentAsync("/Orders?from=2026-11-20&to=2026-11-01");

        Assert.Contains("must not be before its start", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table.data"));
    }

    [Fact]
    public async Task An_order_page_shows_items_tracking_and_the_supplier()
    {
        var (_, seller) = await app.Data.SellerAsync("Detail Supplier");
        var buyer = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, product: "Espresso machine", unitPrice: 99.5m, quantity: 3);
        using var client = await SignedInAsync(buyer.Email!);

        var page = await client.GetDocumentAsync($"/Orders/{order.Id}");

        var text = page.Body!.TextContent;
        Assert.Contains("Espresso machine", text, StringComparison.Ordinal);
        Assert.Contains("USD 298.50", text, StringComparison.Ordinal);
        Assert.Contains("TRK-" + order.Number, text, StringComparison.Ordinal);
        Assert.Contains("Detail Supplier", text, StringComparison.Ordinal);
        var record = page.QuerySelector("#record-title")!.ParentElement!.TextContent;
        Assert.Contains("Disputes0", record.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_buyers_order_is_a_404_exactly_like_a_missing_one()
    {
        var (_, seller) = await app.Data.SellerAsync();
        var owner = await app.Data.BuyerAsync();
        var stranger = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(owner.Id, seller.Id);
        using var client = await SignedInAsync(stranger.Email!);

        var foreign = await client.GetAsync($"/Orders/{order.Id}");
        var missing = await client.GetAsync($"/Orders/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(
            (await missing.ParseAsync()).QuerySelector("main")!.TextContent,
            (await foreign.ParseAsync()).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_seller_sees_orders_placed_with_them_and_404_for_a_competitors()
    {
        var (sellerUser, seller) = await app.Data.SellerAsync();
        var (_, competitor) = await app.Data.SellerAsync();
        var buyer = await app.Data.BuyerAsync("Visible Buyer");
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, product: "Solar panel");
        var competitorsOrder = await app.Data.OrderAsync(buyer.Id, competitor.Id);
        using var client = await SignedInAsync(sellerUser.Email!);

        var list = await client.GetDocumentAsync("/Seller/Orders");
        var row = Assert.Single(list.QuerySelectorAll("table.data tbody tr"));
        Assert.Contains("Visible Buyer", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Seller/Orders/{order.Id}", row.QuerySelector("a")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Seller/Orders/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Seller/Orders/{competitorsOrder.Id}")).StatusCode);
    }
}
