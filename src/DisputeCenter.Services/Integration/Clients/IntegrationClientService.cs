using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Integration.Clients;

/// <summary>
/// Integration clients and their keys: an administrator makes a marketplace's client with any scopes; a seller makes one
/// for their own tools, limited to their claims. <paramref name="db"/> keeps only each key's hash.
/// </summary>
public sealed class IntegrationClientService(DisputeCenterDbContext db, TimeProvider clock)
{
    /// <summary>How stale a key's "last used" may be: it is written at most this often, not on every request.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<Result<IssuedKey>> CreateAsync(string? name, IReadOnlyCollection<string> scopes, string createdBy, CancellationToken cancellationToken = default)
    {
        var errors = new List<DomainText>();
        CheckName(name, errors);
        if (scopes.Count == 0)
        {
            errors.Add(DomainText.Of($"Choose at least one scope."));
        }

        if (scopes.FirstOrDefault(s => !ApiScopes.All.Contains(s, StringComparer.Ordinal)) is { } unknown)
        {
            errors.Add(DomainText.Of($"There is no scope called {unknown}."));
        }

        return errors.Count > 0 ? Result<IssuedKey>.Invalid(errors) : await IssueAsync(name!, scopes, sellerUserId: null, createdBy, cancellationToken);
    }

    /// <summary>A seller's own client: it reads and answers that seller's claims and nothing else.</summary>
    public async Task<Result<IssuedKey>> CreateForSellerAsync(string? name, string sellerUserId, CancellationToken cancellationToken = default)
    {
        var errors = new List<DomainText>();
        CheckName(name, errors);
        if (errors.Count > 0)
        {
            return Result<IssuedKey>.Invalid(errors);
        }

        return await db.Sellers.AnyAsync(s => s.UserId == sellerUserId, cancellationToken)
            ? await IssueAsync(name!, ApiScopes.SellerKey, sellerUserId, sellerUserId, cancellationToken)
            : Result<IssuedKey>.NotFound();
    }

    /// <summary>A second live key, so the client can move to it before revoking the first.</summary>
    public async Task<Result<IssuedKey>> RotateAsync(Guid clientId, string? sellerUserId, CancellationToken cancellationToken = default)
    {
        var client = await FindAsync(clientId, sellerUserId, cancellationToken);
        if (client is null || !client.IsActive)
        {
            return Result<IssuedKey>.NotFound();
        }

        var live = await db.ApiKeys.CountAsync(k => k.ClientId == clientId && k.RevokedAt == null, cancellationToken);
        if (live >= ApiKey.MaxLiveKeysPerClient)
        {
            return Result<IssuedKey>.Invalid([DomainText.Of($"This client already has {ApiKey.MaxLiveKeysPerClient} live keys: revoke the older one first.")]);
        }

        var (key, secret) = ApiKey.Issue(clientId, clock.GetUtcNow());
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return Result<IssuedKey>.Ok(new IssuedKey(clientId, key.Id, secret));
    }

    public async Task<Result> RevokeKeyAsync(Guid clientId, Guid keyId, string? sellerUserId, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(clientId, sellerUserId, cancellationToken) is null
            || await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.ClientId == clientId, cancellationToken) is not { } key)
        {
            return Result.NotFound();
        }

        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>Ends the client and every key of it.</summary>
    public async Task<Result> RevokeClientAsync(Guid clientId, string? sellerUserId, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(clientId, sellerUserId, cancellationToken) is not { } client)
        {
            return Result.NotFound();
        }

        var now = clock.GetUtcNow();
        client.Revoke(now);
        foreach (var key in await db.ApiKeys.Where(k => k.ClientId == clientId).ToListAsync(cancellationToken))
        {
            key.Revoke(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>Every client (an administrator), or one seller's own.</summary>
    public async Task<IReadOnlyList<ClientSummary>> ListAsync(string? sellerUserId, CancellationToken cancellationToken = default)
    {
        var clients = await db.IntegrationClients.AsNoTracking()
            .Where(c => sellerUserId == null || c.SellerUserId == sellerUserId)
            .OrderBy(c => c.RevokedAt != null).ThenByDescending(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        var ids = clients.Select(c => c.Id).ToList();
        var keys = (await db.ApiKeys.AsNoTracking().Where(k => ids.Contains(k.ClientId)).OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken))
            .ToLookup(k => k.ClientId);
        return clients.Select(c => new ClientSummary(
                c.Id, c.Name, c.Scopes, c.SellerUserId, c.CreatedAt, c.RevokedAt,
                keys[c.Id].Select(k => new KeySummary(k.Id, k.Hint, k.CreatedAt, k.LastUsedAt, k.RevokedAt)).ToList()))
            .ToList();
    }

    /// <summary>The caller a presented key stands for, or null when it is malformed, unknown, revoked or its client is.</summary>
    public async Task<ApiCaller?> AuthenticateAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (ApiKey.Parse(presented) is not var (keyId, secret))
        {
            return null;
        }

        var found = await db.ApiKeys
            .Where(k => k.Id == keyId)
            .Join(db.IntegrationClients, k => k.ClientId, c => c.Id, (k, c) => new { Key = k, Client = c })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || !found.Client.IsActive || !found.Key.Matches(secret))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (found.Key.LastUsedAt is not { } used || now - used >= LastUsedResolution)
        {
            found.Key.MarkUsed(now);
            await db.SaveChangesAsync(cancellationToken);
        }

        var client = found.Client;
        return new ApiCaller(client.Id, keyId, client.Name, client.Scopes, client.SellerUserId);
    }

    private async Task<Result<IssuedKey>> IssueAsync(
        string name, IEnumerable<string> scopes, string? sellerUserId, string createdBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var client = IntegrationClient.Create(name, scopes, sellerUserId, createdBy, now);
        var (key, secret) = ApiKey.Issue(client.Id, now);
        db.IntegrationClients.Add(client);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return Result<IssuedKey>.Ok(new IssuedKey(client.Id, key.Id, secret));
    }

    /// <summary>A client the asker may manage: any for an administrator (null), a seller's own otherwise.</summary>
    private Task<IntegrationClient?> FindAsync(Guid clientId, string? sellerUserId, CancellationToken cancellationToken) =>
        db.IntegrationClients.SingleOrDefaultAsync(c => c.Id == clientId && (sellerUserId == null || c.SellerUserId == sellerUserId), cancellationToken);

    private static void CheckName(string? name, List<DomainText> errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(DomainText.Of($"Give the client a name, such as the system that will use it."));
        }
        else if (name.Trim().Length > IntegrationClient.NameMaxLength)
        {
            errors.Add(DomainText.Of($"Keep the name to at most {IntegrationClient.NameMaxLength} characters."));
        }
    }
}
