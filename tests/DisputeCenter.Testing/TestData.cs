using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Accounts.TwoFactor;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Testing;

/// <summary>Builds the accounts and orders a test needs, each with unique names so tests never collide.</summary>
public sealed class TestData(DatabaseFixture fixture)
{
    public const string Password = "a long enough test passphrase";

    private static int _orderCounter;

    public Task<ApplicationUser> BuyerAsync(string? name = null) => UserAsync(Roles.Buyer, name ?? "Test Buyer");

    public Task<ApplicationUser> ModeratorAsync(string? name = null) => UserAsync(Roles.Moderator, name ?? "Test Moderator");

    public async Task<(ApplicationUser User, Seller Seller)> SellerAsync(string businessName = "Test Supplies Ltd")
    {
        var user = await UserAsync(Roles.Seller, businessName + " owner");
        var seller = new Seller(Guid.NewGuid(), user.Id, new SupplierProfile(
            businessName, "1 Test Street, Testville", "ZA", user.DisplayName, user.Email!, "+27 21 000 0000", "REG-" + Guid.NewGuid().ToString("N")[..8]),
            fixture.Clock.GetUtcNow());
        await fixture.WithDbAsync(async db =>
        {
            db.Sellers.Add(seller);
            return await db.SaveChangesAsync();
        });
        return (user, seller);
    }

    /// <summary>
    /// An account in <paramref name="role"/>; a moderator or administrator has two-factor sign-in with
    /// <see cref="TestAuthenticator.Key"/> unless <paramref name="secondFactor"/> is false.
    /// </summary>
    public async Task<ApplicationUser> UserAsync(string role, string displayName, bool secondFactor = true)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
        return await fixture.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = displayName, EmailConfirmed = true };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
            if (secondFactor && TwoFactorService.IsRequiredFor([role]))
            {
                await services.GetRequiredService<TwoFactorService>().EnrolWithKeyAsync(user, TestAuthenticator.Key);
            }

            return user;
        });
    }

    /// <summary>
    /// A paid order placed <paramref name="placedDaysAgo"/> days before the fixture's clock, optionally shipped and delivered.
    /// </summary>
    public async Task<Order> OrderAsync(
        string buyerId,
        Guid sellerId,
        string product = "Test widget",
        decimal unitPrice = 10m,
        int quantity = 2,
        int placedDaysAgo = 20,
        bool paid = true,
        bool shipped = true,
        int? deliveredDaysAgo = 5,
        int expectedInDays = -10)
    {
        var now = fixture.Clock.GetUtcNow();
        var placed = now.AddDays(-placedDaysAgo);
        var number = $"T-{Interlocked.Increment(ref _orderCounter):D6}-{Guid.NewGuid().ToString("N")[..6]}";
        var order = Order.Place(
            Guid.NewGuid(), number, buyerId, sellerId, "USD",
            [new NewOrderLine(product, "electronics", quantity, new Money(unitPrice, "USD"))],
            placed, now.AddDays(expectedInDays) < placed ? placed : now.AddDays(expectedInDays), assuranceCovered: true);
        if (paid)
        {
            order.RecordPayment("PAY-" + number, order.Total, placed.AddHours(1));
            if (shipped)
            {
                order.Ship("DHL", "TRK-" + number, placed.AddDays(1));
                if (deliveredDaysAgo is { } days)
                {
                    order.ConfirmDelivery(now.AddDays(-days));
                }
            }
        }

        await fixture.WithDbAsync(async db =>
        {
            db.Orders.Add(order);
            return await db.SaveChangesAsync();
        });
        return order;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
