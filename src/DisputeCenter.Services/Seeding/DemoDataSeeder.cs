using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Accounts.TwoFactor;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Services.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DisputeCenter.Services.Seeding;

/// <summary>
/// Demo accounts and orders for Development. Idempotent: what exists is left alone. Dates are
/// relative to now, so that every situation (a window open, a window closed, a late parcel) is there at once.
/// </summary>
public sealed partial class DemoDataSeeder(
    DisputeCenterDbContext db, UserManager<ApplicationUser> users, TwoFactorService twoFactor, DeadlinePolicyService policies, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const int OrdersPerBuyer = 24;

    private static readonly string[] Carriers = ["DHL Express", "SF Express", "Cainiao", "FedEx International"];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var accounts = new Dictionary<string, ApplicationUser>(StringComparer.Ordinal);
        foreach (var account in DemoAccounts.All)
        {
            accounts[account.Email] = await EnsureUserAsync(account);
        }

        var sellers = new List<Seller>();
        foreach (var account in DemoAccounts.Sellers)
        {
            sellers.Add(await EnsureSellerAsync(accounts[account.Email], account.Supplier!, cancellationToken));
        }

        var buyerIds = DemoAccounts.Buyers.Select(b => accounts[b.Email].Id).ToList();
        if (!await db.Orders.AnyAsync(o => buyerIds.Contains(o.BuyerId), cancellationToken))
        {
            await SeedOrdersAsync(buyerIds, sellers, cancellationToken);
        }

        if (!await db.Disputes.AnyAsync(d => buyerIds.Contains(d.BuyerId), cancellationToken))
        {
            await SeedDisputesAsync(buyerIds, sellers, accounts[DemoAccounts.Moderator.Email].Id, cancellationToken);
        }

        if (!await db.SupportTickets.AnyAsync(t => buyerIds.Contains(t.CustomerId), cancellationToken))
        {
            var order = await db.Orders.Where(o => o.BuyerId == buyerIds[0]).OrderBy(o => o.Number).Select(o => o.Id).FirstAsync(cancellationToken);
            db.SupportTickets.AddRange(DemoSupportTickets.Build(
                buyerIds[0], order, sellers[0].UserId, accounts[DemoAccounts.Moderator.Email].Id, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task SeedDisputesAsync(List<string> buyerIds, List<Seller> sellers, string moderatorId, CancellationToken cancellationToken)
    {
        var demo = new DemoDisputes(clock.GetUtcNow(), await policies.CurrentAsync(cancellationToken), moderatorId);
        demo.Build(buyerIds, sellers);
        db.AddRange(demo.Entities);
        foreach (var dispute in demo.Disputes)
        {
            db.DisputeEvents.AddRange(dispute.PendingTimeline);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var dispute in demo.Disputes)
        {
            dispute.ClearPendingTimeline();
        }

        LogSeededDisputes(logger, demo.Disputes.Count);
    }

    private async Task SeedOrdersAsync(List<string> buyerIds, List<Seller> sellers, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        for (var b = 0; b < buyerIds.Count; b++)
        {
            for (var i = 0; i < OrdersPerBuyer; i++)
            {
                var seller = (i + b) % sellers.Count;
                var items = DemoCatalogue.ForSeller(seller);
                var number = $"DC-{now.Year}-{((b + 1) * 1000) + i + 1:D6}";
                db.Orders.Add(MakeOrder(number, buyerIds[b], sellers[seller].Id, items[(i / 3 + b) % items.Count], (DemoOrderSituation)(i % 8), i, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, buyerIds.Count * OrdersPerBuyer);
    }

    private static Order MakeOrder(
        string number, string buyerId, Guid sellerId, IReadOnlyList<NewOrderLine> lines, DemoOrderSituation situation, int i, DateTimeOffset now)
    {
        var day = TimeSpan.FromDays(1);
        var (placed, expected) = situation switch
        {
            DemoOrderSituation.DeliveredRecently => (now - (25 * day), now - (10 * day)),
            DemoOrderSituation.DeliveredLongAgo => (now - ((150 + i) * day), now - ((130 + i) * day)),
            DemoOrderSituation.InTransit => (now - ((6 + (i % 3)) * day), now + ((5 + (i % 7)) * day)),
            DemoOrderSituation.Late => (now - (40 * day), now - ((5 + (i % 6)) * day)),
            DemoOrderSituation.NeverShipped => (now - (30 * day), now - ((8 + (i % 4)) * day)),
            DemoOrderSituation.PartiallyDelivered => (now - (20 * day), now - (6 * day)),
            DemoOrderSituation.AwaitingShipment => (now - (2 * day), now + (20 * day)),
            _ => (now - TimeSpan.FromHours(3 + i), now + (25 * day)),
        };

        var order = Order.Place(Guid.NewGuid(), number, buyerId, sellerId, "USD", lines, placed, expected, assuranceCovered: i % 5 != 4);
        if (situation == DemoOrderSituation.AwaitingPayment)
        {
            return order;
        }

        order.RecordPayment($"PAY-{number}", order.Total, placed + TimeSpan.FromHours(1));
        if (situation is DemoOrderSituation.AwaitingShipment or DemoOrderSituation.NeverShipped)
        {
            return order;
        }

        var shipped = placed + (2 * day);
        order.Ship(Carriers[i % Carriers.Length], $"TRK{number.Replace("-", string.Empty, StringComparison.Ordinal)}", shipped);
        switch (situation)
        {
            case DemoOrderSituation.DeliveredRecently:
                order.ConfirmDelivery(now - ((3 + (i % 10)) * day));
                break;
            case DemoOrderSituation.DeliveredLongAgo:
                order.ConfirmDelivery(expected - (2 * day));
                break;
            case DemoOrderSituation.PartiallyDelivered:
                var delivered = order.Lines.ToDictionary(l => l.LineNumber, l => l.LineNumber == 1 ? l.Quantity * 3 / 4 : l.Quantity);
                order.ConfirmDelivery(now - (4 * day), delivered);
                break;
        }

        return order;
    }

    private async Task<ApplicationUser> EnsureUserAsync(DemoAccount account)
    {
        var user = await users.FindByEmailAsync(account.Email);
        if (user is null)
        {
            user = new ApplicationUser { UserName = account.Email, Email = account.Email, DisplayName = account.DisplayName, EmailConfirmed = true };
            ThrowIfFailed(await users.CreateAsync(user, DemoAccounts.Password), account.Email);
        }

        if (!await users.IsInRoleAsync(user, account.Role))
        {
            ThrowIfFailed(await users.AddToRoleAsync(user, account.Role), account.Email);
        }

        if (!user.TwoFactorEnabled && TwoFactorService.IsRequiredFor([account.Role]))
        {
            await twoFactor.EnrolWithKeyAsync(user, DemoAccounts.AuthenticatorKey);
        }

        return user;
    }

    private async Task<Seller> EnsureSellerAsync(ApplicationUser user, SupplierProfile profile, CancellationToken cancellationToken)
    {
        var seller = await db.Sellers.SingleOrDefaultAsync(s => s.UserId == user.Id, cancellationToken);
        if (seller is null)
        {
            seller = new Seller(Guid.NewGuid(), user.Id, profile, clock.GetUtcNow() - TimeSpan.FromDays(900));
            db.Sellers.Add(seller);
            await db.SaveChangesAsync(cancellationToken);
        }

        return seller;
    }

    private static void ThrowIfFailed(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {DisputeCount} demo disputes")]
    private static partial void LogSeededDisputes(ILogger logger, int disputeCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {OrderCount} demo orders")]
    private static partial void LogSeeded(ILogger logger, int orderCount);
}
