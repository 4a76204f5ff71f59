using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Testing;

/// <summary>
/// A dispute the seller ignored, escalated to the platform at <c>escalatedAt</c> through the domain's own methods
/// (filed 7 days before, the seller's 5 days ran out): its moderator deadline is escalatedAt + 2 days.
/// <c>then</c> carries the case on (assign, decide, appeal...) before it is saved.
/// </summary>
public static class EscalatedDisputes
{
    public static async Task<Guid> CreateAsync(
        DisputeCenterDbContext db,
        string buyerId,
        Seller seller,
        DateTimeOffset escalatedAt,
        DisputeReason reason = DisputeReason.NotAsDescribed,
        decimal amount = 80m,
        Action<Dispute, DateTimeOffset>? then = null)
    {
        var snapshot = DeadlinePolicy.Select(await db.DeadlinePolicies.ToListAsync(), "electronics", reason).Snapshot();
        var placed = escalatedAt.AddDays(-20);
        var order = Order.Place(
            Guid.NewGuid(), $"E-{Guid.NewGuid().ToString("N")[..12]}", buyerId, seller.Id, "USD",
            [new NewOrderLine("Speaker", "electronics", 1, new Money(amount, "USD"))], placed, placed.AddDays(10), true);
        order.RecordPayment("PAY", order.Total, placed.AddHours(1));
        order.Ship("DHL", "TRK", placed.AddDays(1));
        order.ConfirmDelivery(escalatedAt.AddDays(-12));
        var conversation = SellerConversation.Start(Guid.NewGuid(), order, seller, buyerId, reason, "It does not work.", escalatedAt.AddDays(-11));
        var dispute = Dispute.File(
            Guid.NewGuid(), order, seller, buyerId, conversation, reason, DisputeFlow.Description,
            order.Total, Remedy.FullRefund, snapshot, Money.Zero("USD"), false, escalatedAt.AddDays(-7));
        dispute.EscalateAutomatically(escalatedAt);
        then?.Invoke(dispute, escalatedAt);
        db.AddRange(order, conversation, dispute);
        db.DisputeEvents.AddRange(dispute.PendingTimeline);
        await db.SaveChangesAsync();
        dispute.ClearPendingTimeline();
        db.ChangeTracker.Clear();
        return dispute.Id;
    }
}
