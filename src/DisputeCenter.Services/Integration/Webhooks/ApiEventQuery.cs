using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>
/// The event log over the API, in creation order from a cursor, so a client that was down can catch up. A seller's client
/// sees its own disputes' events only. Positions are taken when an event is written, but transactions commit in any
/// order: an event shows only once every transaction that began before its own has ended (its <c>transaction_id</c> is
/// below the snapshot's xmin), so a cursor never passes an event that commits later with a lower position.
/// </summary>
public sealed class ApiEventQuery(DisputeCenterDbContext db)
{
    public const int MaxLimit = 100;

    /// <summary>Events after <paramref name="after"/> (an event id), or null when that cursor is not an event this caller can see.</summary>
    public async Task<EventPage?> ListAsync(ApiCaller caller, string? type, string? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var events = db.ApiEvents.FromSql($"SELECT * FROM api_events WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())").AsNoTracking();
        if (caller.SellerUserId is { } own)
        {
            events = events.Where(e => db.Disputes.Any(d => d.Id == e.DisputeId && d.SellerUserId == own));
        }

        if (after is not null)
        {
            if (!after.StartsWith(ApiEvent.IdPrefix, StringComparison.Ordinal) || !Guid.TryParseExact(after.AsSpan(ApiEvent.IdPrefix.Length), "N", out var afterId)
                || await events.Where(e => e.Id == afterId).Select(e => (long?)e.Position).SingleOrDefaultAsync(cancellationToken) is not { } position)
            {
                return null;
            }

            events = events.Where(e => e.Position > position);
        }

        if (!string.IsNullOrEmpty(type))
        {
            events = events.Where(e => e.Type == type);
        }

        var take = Math.Clamp(limit, 1, MaxLimit);
        var page = await events.OrderBy(e => e.Position).Take(take + 1).ToListAsync(cancellationToken);
        var more = page.Count > take;
        var items = more ? page[..take] : page;
        return new EventPage(items, more ? items[^1].PublicId : null);
    }
}
