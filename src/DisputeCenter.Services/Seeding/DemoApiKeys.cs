using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;

namespace DisputeCenter.Services.Seeding;

/// <summary>
/// A key for the marketplace sample (samples/MarketplaceSample) against the demo site, made by script/api-key: a client
/// "Marketplace sample", created by the demo administrator with every scope, and a new random key for it each time (the
/// oldest live key revoked when it already has two). Only on a database holding the demo accounts: the command refuses
/// outside Development, and Production refuses to start on a database that holds them.
/// </summary>
public sealed class DemoApiKeys(UserManager<ApplicationUser> users, IntegrationClientService clients)
{
    public const string ClientName = "Marketplace sample";

    /// <summary>The new key, or null when the database has no demo administrator (it was not seeded with the demo data).</summary>
    public async Task<IssuedKey?> IssueAsync(CancellationToken cancellationToken = default)
    {
        if (await users.FindByEmailAsync(DemoAccounts.Administrator.Email) is not { } admin)
        {
            return null;
        }

        var existing = (await clients.ListAsync(sellerUserId: null, cancellationToken))
            .FirstOrDefault(c => c.RevokedAt is null && c.SellerUserId is null && c.Name == ClientName);
        if (existing is null)
        {
            return (await clients.CreateAsync(ClientName, ApiScopes.All.ToArray(), admin.Id, cancellationToken)).Value;
        }

        var live = existing.Keys.Where(k => k.RevokedAt is null).OrderBy(k => k.CreatedAt).ToList();
        foreach (var old in live.Take(Math.Max(0, live.Count - ApiKey.MaxLiveKeysPerClient + 1)))
        {
            await clients.RevokeKeyAsync(existing.Id, old.Id, sellerUserId: null, cancellationToken);
        }

        return (await clients.RotateAsync(existing.Id, sellerUserId: null, cancellationToken)).Value;
    }
}
