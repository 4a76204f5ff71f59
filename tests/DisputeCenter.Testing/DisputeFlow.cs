using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Services.Disputes.FileDispute;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Testing;

/// <summary>A delivered order, its buyer and seller, and a dispute filed on it through the real services.</summary>
public sealed record FiledDispute(ApplicationUser Buyer, ApplicationUser SellerUser, Seller Seller, Order Order, Guid DisputeId);

public static class DisputeFlow
{
    public const string Description = "The headphones arrived with a cracked left ear cup and no sound on that side.";

    /// <summary>The buyer contacts the seller (<paramref name="sellerName"/>), waits out the 3-day contact period, and files for a full refund.</summary>
    public static async Task<FiledDispute> FileAsync(this DatabaseFixture fixture, decimal unitPrice = 50m, int quantity = 2, string sellerName = "Test Supplies Ltd")
    {
        var (sellerUser, seller) = await fixture.Data.SellerAsync(sellerName);
        var buyer = await fixture.Data.BuyerAsync();
        var order = await fixture.Data.OrderAsync(buyer.Id, seller.Id, product: "Headphones", unitPrice: unitPrice, quantity: quantity, deliveredDaysAgo: 2);
        await fixture.ContactSellerAsync(buyer.Id, order.Id);
        fixture.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));

        var filed = await fixture.InScopeAsync(s => s.GetRequiredService<FileDisputeService>().FileAsync(buyer.Id, new FileDisputeCommand
        {
            OrderId = order.Id,
            Reason = DisputeReason.NotAsDescribed,
            Description = Description,
            AmountClaimed = order.Total.Amount,
            Remedy = Remedy.FullRefund,
        }));
        if (!filed.Succeeded)
        {
            throw new InvalidOperationException("Filing failed: " + string.Join("; ", filed.Errors));
        }

        return new FiledDispute(buyer, sellerUser, seller, order, filed.Value);
    }

    public static async Task<Guid> ContactSellerAsync(this DatabaseFixture fixture, string buyerId, Guid orderId)
    {
        var started = await fixture.InScopeAsync(s => s.GetRequiredService<SellerConversationService>().StartAsync(buyerId, new StartConversationCommand
        {
            OrderId = orderId,
            Reason = DisputeReason.NotAsDescribed,
            Message = "Hello, the headphones arrived broken. Can you help?",
        }));
        return started.Succeeded ? started.Value : throw new InvalidOperationException(string.Join("; ", started.Errors));
    }

    /// <summary>How many timeline entries the dispute has now: the version a moderator's form carries.</summary>
    public static Task<int> VersionOfAsync(this DatabaseFixture fixture, Guid disputeId) =>
        fixture.WithDbAsync(db => db.Disputes.Where(d => d.Id == disputeId).Select(d => d.TimelineLength).SingleAsync());

    /// <summary>The moderator decides on the case as it is now, with a seeded reason code, citing the buyer's claim unless told otherwise.</summary>
    public static async Task<Result<Guid>> DecideAsync(
        this DatabaseFixture fixture, Guid disputeId, string moderatorId, Outcome outcome, decimal? amount, string rationale, params string[] citations)
    {
        var command = new DecideCommand(outcome, amount, "defect-proven", rationale, citations.Length == 0 ? ["claim"] : citations, await fixture.VersionOfAsync(disputeId));
        return await fixture.InScopeAsync(s => s.GetRequiredService<MediationService>().DecideAsync(disputeId, moderatorId, command));
    }

    public static void ThrowIfFailed(this Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{result.Status}: {string.Join("; ", result.Errors)}");
        }
    }
}
