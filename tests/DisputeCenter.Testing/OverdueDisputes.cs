using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Persistence;

namespace DisputeCenter.Testing;

/// <summary>
/// Many filed disputes at once, built with the domain and saved in bulk, for the sweeper's tests and benchmark.
/// The seller stays silent, so each dispute's response deadline runs out <see cref="SellerResponse"/> after <c>now</c>.
/// </summary>
public static class OverdueDisputes
{
    public static async Task<IReadOnlyList<Guid>> CreateAsync(
        DisputeCenterDbContext db, string buyerId, Seller seller, int count, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var snapshot = DeadlinePolicy.Select(db.DeadlinePolicies.ToList(), "electronics", DisputeReason.NotAsDescribed).Snapshot();
        var ids = new List<Guid>(count);
        const int chunk = 500;
        for (var start = 0; start < count; start += chunk)
        {
            for (var i = start; i < Math.Min(count, start + chunk); i++)
            {
                var placed = now.AddDays(-20);
                var order = Order.Place(
                    Guid.NewGuid(), $"S-{Guid.NewGuid().ToString("N")[..12]}", buyerId, seller.Id, "USD",
                    [new NewOrderLine("Speaker", "electronics", 1, new Money(80m, "USD"))], placed, placed.AddDays(10), true);
                order.RecordPayment("PAY", order.Total, placed.AddHours(1));
                order.Ship("DHL", "TRK", placed.AddDays(1));
                order.ConfirmDelivery(now.AddDays(-6));
                var conversation = SellerConversation.Start(
                    Guid.NewGuid(), order, seller, buyerId, DisputeReason.NotAsDescribed, "It does not work.", now.AddDays(-5));
                var dispute = Dispute.File(
                    Guid.NewGuid(), order, seller, buyerId, conversation, DisputeReason.NotAsDescribed, DisputeFlow.Description,
                    order.Total, Remedy.FullRefund, snapshot, Money.Zero("USD"), false, now);
                db.AddRange(order, conversation, dispute);
                db.DisputeEvents.AddRange(dispute.PendingTimeline);
                ids.Add(dispute.Id);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return ids;
    }

    public static TimeSpan SellerResponse => TimeSpan.FromDays(5);
}
