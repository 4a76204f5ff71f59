using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Integration.Idempotency;

/// <summary>What to do with a request that carries an idempotency key.</summary>
public enum IdempotencyVerdict
{
    /// <summary>This request holds the key: do the work, then <see cref="IdempotencyStore.CompleteAsync"/>.</summary>
    Proceed,

    /// <summary>The work was done before: answer with <see cref="IdempotencyClaim.Replay"/>.</summary>
    Replay,

    /// <summary>The key was used with another request.</summary>
    Mismatch,

    /// <summary>The first request with the key is still running.</summary>
    InProgress,
}

public sealed record StoredResponse(int Status, string? ContentType, byte[] Body);

public sealed record IdempotencyClaim(IdempotencyVerdict Verdict, StoredResponse? Replay = null);

/// <summary>
/// Claims keys with one INSERT … ON CONFLICT DO NOTHING, so of any number of concurrent requests with one key exactly one
/// proceeds; the others wait for its response (<see cref="WaitAsync"/>) and replay it. Keys live 24 hours; the
/// <see cref="IdempotencySweeper"/> deletes them afterwards.
/// </summary>
public sealed class IdempotencyStore(DisputeCenterDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>How long a request may hold a key before another may take it over (the first died mid-way).</summary>
    public static readonly TimeSpan Lock = TimeSpan.FromMinutes(2);

    public async Task<IdempotencyClaim> ClaimAsync(Guid clientId, string key, byte[] fingerprint, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var lockedUntil = now + Lock;
        var expiresAt = now + Retention;
        // Insert, or take over a key that expired or whose holder died: either way this request now holds it.
        var claimed = await db.Database.SqlQuery<int>($"""
            INSERT INTO idempotent_requests (client_id, key, fingerprint, created_at, locked_until, expires_at)
            VALUES ({clientId}, {key}, {fingerprint}, {now}, {lockedUntil}, {expiresAt})
            ON CONFLICT (client_id, key) DO UPDATE
                SET fingerprint = excluded.fingerprint, created_at = excluded.created_at, locked_until = excluded.locked_until,
                    expires_at = excluded.expires_at, response_status = NULL, response_content_type = NULL, response_body = NULL
                WHERE idempotent_requests.expires_at <= {now}
                   OR (idempotent_requests.response_status IS NULL AND idempotent_requests.locked_until <= {now}
                       AND idempotent_requests.fingerprint = excluded.fingerprint)
            RETURNING 1 AS "Value"
            """).ToListAsync(cancellationToken);
        return claimed.Count == 1 ? new IdempotencyClaim(IdempotencyVerdict.Proceed) : await ReadAsync(clientId, key, fingerprint, cancellationToken);
    }

    /// <summary>Waits (polling) while the key's first request runs, up to <paramref name="patience"/> of real time.</summary>
    public async Task<IdempotencyClaim> WaitAsync(Guid clientId, string key, byte[] fingerprint, TimeSpan patience, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var claim = await ClaimAsync(clientId, key, fingerprint, cancellationToken);
        while (claim.Verdict == IdempotencyVerdict.InProgress && System.Diagnostics.Stopwatch.GetElapsedTime(started) < patience)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
            claim = await ClaimAsync(clientId, key, fingerprint, cancellationToken);
        }

        return claim;
    }

    public Task CompleteAsync(Guid clientId, string key, StoredResponse response, CancellationToken cancellationToken = default) =>
        db.IdempotentRequests.Where(r => r.ClientId == clientId && r.Key == key)
            .ExecuteUpdateAsync(
                set => set.SetProperty(r => r.ResponseStatus, response.Status)
                    .SetProperty(r => r.ResponseContentType, response.ContentType)
                    .SetProperty(r => r.ResponseBody, response.Body),
                cancellationToken);

    /// <summary>The work failed unexpectedly (nothing acknowledged): free the key so the client's retry runs it again.</summary>
    public Task ReleaseAsync(Guid clientId, string key, CancellationToken cancellationToken = default) =>
        db.IdempotentRequests.Where(r => r.ClientId == clientId && r.Key == key && r.ResponseStatus == null).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Deletes expired keys, at most <paramref name="batch"/> at a time; the number deleted.</summary>
    public Task<int> SweepAsync(int batch, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return db.Database.ExecuteSqlAsync($"""
            DELETE FROM idempotent_requests WHERE ctid IN (
                SELECT ctid FROM idempotent_requests WHERE expires_at <= {now} LIMIT {batch})
            """, cancellationToken);
    }

    private async Task<IdempotencyClaim> ReadAsync(Guid clientId, string key, byte[] fingerprint, CancellationToken cancellationToken)
    {
        var row = await db.IdempotentRequests.AsNoTracking().SingleOrDefaultAsync(r => r.ClientId == clientId && r.Key == key, cancellationToken);
        if (row is null)
        {
            return new IdempotencyClaim(IdempotencyVerdict.InProgress); // released a moment ago: the next try claims it
        }

        if (!row.Fingerprint.AsSpan().SequenceEqual(fingerprint))
        {
            return new IdempotencyClaim(IdempotencyVerdict.Mismatch);
        }

        return row.ResponseStatus is { } status
            ? new IdempotencyClaim(IdempotencyVerdict.Replay, new StoredResponse(status, row.ResponseContentType, row.ResponseBody ?? []))
            : new IdempotencyClaim(IdempotencyVerdict.InProgress);
    }
}
