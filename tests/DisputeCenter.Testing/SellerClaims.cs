using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Disputes.FileDispute;
using DisputeCenter.Services.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Testing;

/// <summary>Several disputes against one seller, filed through the real services (one buyer each, all at the same instant).</summary>
public static class SellerClaims
{
    public static async Task<IReadOnlyList<Guid>> FileAgainstAsync(this DatabaseFixture fixture, Seller seller, params DisputeReason[] reasons)
    {
        var orders = new List<(ApplicationUser Buyer, Order Order, DisputeReason Reason)>();
        foreach (var reason in reasons)
        {
            var buyer = await fixture.Data.BuyerAsync();
            var order = await fixture.Data.OrderAsync(buyer.Id, seller.Id, product: "Headphones", unitPrice: 50m, quantity: 2, deliveredDaysAgo: 2);
            await fixture.ContactSellerAsync(buyer.Id, order.Id);
            orders.Add((buyer, order, reason));
        }

        fixture.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        var ids = new List<Guid>();
        foreach (var (buyer, order, reason) in orders)
        {
            var filed = await fixture.InScopeAsync(s => s.GetRequiredService<FileDisputeService>().FileAsync(buyer.Id, new FileDisputeCommand
            {
                OrderId = order.Id,
                Reason = reason,
                Description = DisputeFlow.Description,
                AmountClaimed = order.Total.Amount,
                Remedy = Remedy.FullRefund,
            }));
            ids.Add(filed.Succeeded ? filed.Value : throw new InvalidOperationException("Filing failed: " + string.Join("; ", filed.Errors)));
        }

        return ids;
    }
}
