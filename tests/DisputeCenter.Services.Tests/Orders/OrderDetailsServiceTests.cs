using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Orders.OrderDetails;
using DisputeCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Orders;

public sealed class OrderDetailsServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_buyer_gets_the_whole_order_with_the_supplier_profile()
    {
        var (_, seller) = await db.Data.SellerAsync("Profiled Supplier");
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id, product: "Drill", unitPrice: 12.5m, quantity: 4);

        var details = await db.InScopeAsync(s => s.GetRequiredService<OrderDetailsService>().ForBuyerAsync(buyer.Id, order.Id));

        Assert.NotNull(details);
        Assert.Equal("Profiled Supplier", details.Supplier.BusinessName);
        Assert.Equal(50m, details.Total.Amount);
        Assert.Equal(OrderStatus.Delivered, details.Status);
        var line = Assert.Single(details.Lines);
        Assert.Equal(("Drill", 4, 4), (line.ProductName, line.Quantity, line.QuantityDelivered));
    }

    [Fact]
    public async Task Another_buyers_order_reads_exactly_like_a_missing_one()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var owner = await db.Data.BuyerAsync();
        var stranger = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(owner.Id, seller.Id);
        var service = (IServiceProvider s) => s.GetRequiredService<OrderDetailsService>();

        Assert.Null(await db.InScopeAsync(s => service(s).ForBuyerAsync(stranger.Id, order.Id)));
        Assert.Null(await db.InScopeAsync(s => service(s).ForBuyerAsync(stranger.Id, Guid.NewGuid())));
        Assert.NotNull(await db.InScopeAsync(s => service(s).ForBuyerAsync(owner.Id, order.Id)));
    }

    [Fact]
    public async Task A_seller_sees_only_orders_placed_with_them()
    {
        var (sellerUser, seller) = await db.Data.SellerAsync();
        var (competitorUser, _) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id);
        var service = (IServiceProvider s) => s.GetRequiredService<OrderDetailsService>();

        Assert.NotNull(await db.InScopeAsync(s => service(s).ForSellerAsync(sellerUser.Id, order.Id)));
        Assert.Null(await db.InScopeAsync(s => service(s).ForSellerAsync(competitorUser.Id, order.Id)));
        Assert.Null(await db.InScopeAsync(s => service(s).ForSellerAsync(buyer.Id, order.Id)));
    }
}
