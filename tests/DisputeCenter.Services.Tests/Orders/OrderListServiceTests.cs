using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Orders.ListOrders;
using DisputeCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Orders;

public sealed class OrderListServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private Task<Common.PagedResult<OrderSummary>> ListForBuyer(string buyerId, OrderListQuery query) =>
        db.InScopeAsync(s => s.GetRequiredService<OrderListService>().ForBuyerAsync(buyerId, query));

    [Fact]
    public async Task A_buyer_sees_only_their_own_orders()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var other = await db.Data.BuyerAsync();
        var mine = await db.Data.OrderAsync(buyer.Id, seller.Id);
        await db.Data.OrderAsync(other.Id, seller.Id);

        var result = await ListForBuyer(buyer.Id, new OrderListQuery());

        var only = Assert.Single(result.Items);
        Assert.Equal(mine.Id, only.Id);
        Assert.Equal(1, result.TotalCount);
    }

    [Fact]
    public async Task Search_matches_order_number_product_and_seller_name_case_insensitively()
    {
        var (_, brightway) = await db.Data.SellerAsync("Brightway Electronics");
        var (_, costa) = await db.Data.SellerAsync("Costa Textiles");
        var buyer = await db.Data.BuyerAsync();
        var headphones = await db.Data.OrderAsync(buyer.Id, brightway.Id, product: "Bluetooth headphones");
        var shirts = await db.Data.OrderAsync(buyer.Id, costa.Id, product: "Cotton shirts");

        Assert.Equal([headphones.Id], (await ListForBuyer(buyer.Id, new OrderListQuery { Search = "BLUETOOTH" })).Items.Select(o => o.Id));
        Assert.Equal([shirts.Id], (await ListForBuyer(buyer.Id, new OrderListQuery { Search = "costa" })).Items.Select(o => o.Id));
        Assert.Equal([shirts.Id], (await ListForBuyer(buyer.Id, new OrderListQuery { Search = shirts.Number })).Items.Select(o => o.Id));
        Assert.Empty((await ListForBuyer(buyer.Id, new OrderListQuery { Search = "%" })).Items);
    }

    [Fact]
    public async Task Status_filter_uses_the_same_rules_as_the_order_itself()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var delivered = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 3);
        var late = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: null, expectedInDays: -2);
        var inTransit = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: null, expectedInDays: 5);
        var unpaid = await db.Data.OrderAsync(buyer.Id, seller.Id, paid: false, expectedInDays: 5);

        foreach (var (status, order) in new[]
                 {
                     (OrderStatus.Delivered, delivered), (OrderStatus.Late, late), (OrderStatus.InTransit, inTransit), (OrderStatus.AwaitingPayment, unpaid),
                 })
        {
            var result = await ListForBuyer(buyer.Id, new OrderListQuery { Status = status });
            var only = Assert.Single(result.Items);
            Assert.Equal(order.Id, only.Id);
            Assert.Equal(status, only.Status);
        }

        Assert.Empty((await ListForBuyer(buyer.Id, new OrderListQuery { Status = OrderStatus.PartiallyDelivered })).Items);
    }

    [Fact]
    public async Task Date_range_includes_both_end_days()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var tenDaysAgo = await db.Data.OrderAsync(buyer.Id, seller.Id, placedDaysAgo: 10, deliveredDaysAgo: null, expectedInDays: 5);
        await db.Data.OrderAsync(buyer.Id, seller.Id, placedDaysAgo: 30, deliveredDaysAgo: null, expectedInDays: 5);
        var day = DateOnly.FromDateTime(tenDaysAgo.PlacedAt.UtcDateTime);

        var result = await ListForBuyer(buyer.Id, new OrderListQuery { PlacedFrom = day, PlacedTo = day });

        Assert.Equal([tenDaysAgo.Id], result.Items.Select(o => o.Id));
    }

    [Fact]
    public async Task Pages_are_newest_first_and_do_not_overlap()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var orders = new List<Order>();
        for (var daysAgo = 1; daysAgo <= 5; daysAgo++)
        {
            orders.Add(await db.Data.OrderAsync(buyer.Id, seller.Id, placedDaysAgo: daysAgo * 10, deliveredDaysAgo: null, expectedInDays: 5));
        }

        var first = await ListForBuyer(buyer.Id, new OrderListQuery { PageSize = 2, Page = 1 });
        var second = await ListForBuyer(buyer.Id, new OrderListQuery { PageSize = 2, Page = 2 });
        var third = await ListForBuyer(buyer.Id, new OrderListQuery { PageSize = 2, Page = 3 });

        Assert.Equal(5, first.TotalCount);
        Assert.Equal(3, first.TotalPages);
        Assert.Equal(orders.Select(o => o.Id), first.Items.Concat(second.Items).Concat(third.Items).Select(o => o.Id));
        Assert.False(third.HasNext);
    }

    [Fact]
    public async Task Sorting_by_amount_orders_by_the_total()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var cheap = await db.Data.OrderAsync(buyer.Id, seller.Id, unitPrice: 1m);
        var dear = await db.Data.OrderAsync(buyer.Id, seller.Id, unitPrice: 500m);
        var middle = await db.Data.OrderAsync(buyer.Id, seller.Id, unitPrice: 30m);

        var result = await ListForBuyer(buyer.Id, new OrderListQuery { Sort = OrderSort.AmountHighest });

        Assert.Equal([dear.Id, middle.Id, cheap.Id], result.Items.Select(o => o.Id));
    }

    [Fact]
    public async Task A_seller_sees_the_orders_placed_with_them_and_no_others()
    {
        var (sellerUser, seller) = await db.Data.SellerAsync();
        var (_, competitor) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync("Named Buyer");
        var placedWithSeller = await db.Data.OrderAsync(buyer.Id, seller.Id);
        await db.Data.OrderAsync(buyer.Id, competitor.Id);

        var result = await db.InScopeAsync(s => s.GetRequiredService<OrderListService>().ForSellerAsync(sellerUser.Id, new OrderListQuery()));

        var only = Assert.Single(result.Items);
        Assert.Equal(placedWithSeller.Id, only.Id);
        Assert.Equal("Named Buyer", only.BuyerName);
    }
}
