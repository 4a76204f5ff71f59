using System.Globalization;
using System.Text;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Integration.Ingestion;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Integration.Disputes;

/// <summary>A page of the API's dispute list and the cursor of the next one (null at the end).</summary>
public sealed record DisputePage(IReadOnlyList<Dispute> Items, string? NextCursor);

/// <summary>A dispute as the API shows it: the overview the pages show, and the evidence's metadata.</summary>
public sealed record ApiDispute(DisputeOverview Overview, IReadOnlyList<EvidenceItem> Evidence);

/// <summary>
/// Disputes for API clients. A seller's key sees that seller's claims only; a marketplace's key sees every dispute and
/// acts on one as its seller. A foreign dispute reads exactly like a missing one.
/// </summary>
public sealed class ApiDisputeService(DisputeCenterDbContext db, DisputeOverviewService overviews)
{
    public const int MaxLimit = 100;

    /// <summary>Disputes in the order they last changed, oldest first: a client that keeps the last cursor sees every change, however many arrive meanwhile.</summary>
    public async Task<DisputePage?> ListAsync(
        ApiCaller caller, DisputeStatus? status, string? sellerExternalId, DateTimeOffset? updatedSince, string? cursor, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var query = db.Disputes.AsNoTracking();
        if (caller.SellerUserId is { } own)
        {
            query = query.Where(d => d.SellerUserId == own);
        }

        if (sellerExternalId is not null)
        {
            var sellerUserId = await db.ExternalIds.Where(e => e.Kind == ExternalKind.Seller && e.Value == sellerExternalId).Select(e => e.InternalId).SingleOrDefaultAsync(cancellationToken);
            query = query.Where(d => d.SellerUserId == sellerUserId);
        }

        if (status is { } wanted)
        {
            query = query.Where(d => d.Status == wanted);
        }

        if (updatedSince is { } since)
        {
            query = query.Where(d => d.LastEventAt >= since);
        }

        if (cursor is not null)
        {
            if (ReadCursor(cursor) is not var (at, id))
            {
                return null;
            }

            query = query.Where(d => EF.Functions.GreaterThan(ValueTuple.Create(d.LastEventAt, d.Id), ValueTuple.Create(at, id)));
        }

        var take = Math.Clamp(limit, 1, MaxLimit);
        var items = await query.OrderBy(d => d.LastEventAt).ThenBy(d => d.Id).Take(take + 1).ToListAsync(cancellationToken);
        var next = items.Count > take ? WriteCursor(items[take - 1]) : null;
        return new DisputePage(items.Take(take).ToList(), next);
    }

    public async Task<ApiDispute?> GetAsync(ApiCaller caller, Guid disputeId, CancellationToken cancellationToken = default)
    {
        if (await ActorAsync(caller, disputeId, cancellationToken) is not { } actor || await overviews.GetAsync(disputeId, actor, cancellationToken) is not { } overview)
        {
            return null;
        }

        var evidence = await db.EvidenceItems.AsNoTracking()
            .Where(e => e.DisputeId == disputeId && (e.Status == EvidenceStatus.Submitted || e.Status == EvidenceStatus.Hidden))
            .OrderBy(e => e.SubmittedAt)
            .ToListAsync(cancellationToken);
        return new ApiDispute(overview, evidence);
    }

    /// <summary>Who the caller acts as on this dispute: its seller (a seller's key only on their own claims), or null.</summary>
    public async Task<DisputeActor?> ActorAsync(ApiCaller caller, Guid disputeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var seller = await db.Disputes.Where(d => d.Id == disputeId).Select(d => d.SellerUserId).SingleOrDefaultAsync(cancellationToken);
        return seller is null || (caller.SellerUserId is { } own && own != seller) ? null : DisputeActor.Seller(seller);
    }

    private static string WriteCursor(Dispute last) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{last.LastEventAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{last.Id:N}"));

    private static (DateTimeOffset At, Guid Id)? ReadCursor(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split(':');
            return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && Guid.TryParseExact(parts[1], "N", out var id)
                && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
                ? (new DateTimeOffset(ticks, TimeSpan.Zero), id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
