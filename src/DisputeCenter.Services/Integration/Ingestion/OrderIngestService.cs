using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Integration.Ingestion;

/// <summary>
/// Upserts orders by the marketplace's ids, in batches: a few queries find the parties and the orders already known, the
/// domain places new orders and records each new fact (<see cref="OrderFacts"/>), and one save stores the batch. A record
/// the domain refuses is reported with its field and rule and leaves the rest of the batch alone.
/// </summary>
public sealed class OrderIngestService(DisputeCenterDbContext db, TimeProvider clock)
{
    public const int MaxBatch = 500;

    public async Task<Ingested> UpsertAsync(OrderInput input, CancellationToken cancellationToken = default) =>
        (await UpsertManyAsync([input], cancellationToken))[0];

    public async Task<IReadOnlyList<Ingested>> UpsertManyAsync(IReadOnlyList<OrderInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        try
        {
            // Order numbers are left to their unique index: a number already taken is rare (a marketplace's mistake), and
            // looking every number up first costs more than the batch's inserts whenever the planner picks the number's
            // trigram index for it.
            return await TryUpsertManyAsync(inputs, lookUpNumbers: false, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // A number was taken, or another request created one of these orders a moment ago: read again, find the
            // taken numbers, and apply.
            db.ChangeTracker.Clear();
            return await TryUpsertManyAsync(inputs, lookUpNumbers: true, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<Ingested>> TryUpsertManyAsync(IReadOnlyList<OrderInput> inputs, bool lookUpNumbers, CancellationToken cancellationToken)
    {
        var buyers = await LookUpAsync(ExternalKind.Buyer, inputs.Select(i => i.BuyerExternalId), cancellationToken);
        var sellers = await LookUpAsync(ExternalKind.Seller, inputs.Select(i => i.SellerExternalId), cancellationToken);
        var known = await LookUpAsync(ExternalKind.Order, inputs.Select(i => i.ExternalId), cancellationToken);
        var knownIds = known.Values.Select(Guid.Parse).ToList();
        var orders = await db.Orders.Include(o => o.Lines).Where(o => knownIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var numbers = lookUpNumbers
            ? inputs.Where(i => i.ExternalId is not null && !known.ContainsKey(i.ExternalId.Trim()) && i.Number is not null).Select(i => i.Number!.Trim()).ToList()
            : [];
        var takenNumbers = numbers.Count == 0
            ? []
            : (await db.Orders.Where(o => numbers.Contains(o.Number)).Select(o => o.Number).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var categories = (await db.ProductCategories.Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var results = new Ingested[inputs.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var externalId = input.ExternalId?.Trim() ?? string.Empty;
            if ((OrderFacts.CheckShape(input) ?? OrderFacts.CheckCategories(input, categories)) is { } shape)
            {
                results[i] = Ingested.Refused(externalId, shape);
            }
            else if (!seen.Add(externalId))
            {
                results[i] = Ingested.Refused(externalId, IngestProblem.Invalid("external_id", $"The order {externalId} is in this batch twice."));
            }
            else if (known.TryGetValue(externalId, out var id))
            {
                var order = orders[Guid.Parse(id)];
                var (changed, problem) = OrderFacts.ApplyTo(order, input);
                results[i] = problem is not null
                    ? Ingested.Refused(externalId, problem)
                    : new Ingested(externalId, changed ? IngestOutcome.Updated : IngestOutcome.Unchanged, id, null);
            }
            else if (!buyers.TryGetValue(input.BuyerExternalId!.Trim(), out var buyerId))
            {
                results[i] = Ingested.Refused(externalId, IngestProblem.Invalid("buyer_external_id", $"No buyer {input.BuyerExternalId} has been pushed: push the buyer first."));
            }
            else if (!sellers.TryGetValue(input.SellerExternalId!.Trim(), out var sellerId))
            {
                results[i] = Ingested.Refused(externalId, IngestProblem.Invalid("seller_external_id", $"No seller {input.SellerExternalId} has been pushed: push the seller first."));
            }
            else if (takenNumbers.Contains(input.Number!.Trim()))
            {
                results[i] = Ingested.Refused(externalId, IngestProblem.Invalid("number", $"Another order already has the number {input.Number.Trim()}."));
            }
            else
            {
                var (order, problem) = OrderFacts.Place(Guid.CreateVersion7(now), buyerId, Guid.Parse(sellerId), input);
                if (problem is not null)
                {
                    results[i] = Ingested.Refused(externalId, problem);
                    continue;
                }

                db.Orders.Add(order!);
                db.ExternalIds.Add(new ExternalId(ExternalKind.Order, externalId, order!.Id.ToString()));
                results[i] = new Ingested(externalId, IngestOutcome.Created, order.Id.ToString(), null);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return results;
    }

    /// <summary>Our ids for the marketplace's ids of one kind (sellers map to the seller record, not the account).</summary>
    private async Task<Dictionary<string, string>> LookUpAsync(ExternalKind kind, IEnumerable<string?> values, CancellationToken cancellationToken)
    {
        var wanted = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (kind != ExternalKind.Seller)
        {
            return await db.ExternalIds.Where(e => e.Kind == kind && wanted.Contains(e.Value))
                .ToDictionaryAsync(e => e.Value, e => e.InternalId, StringComparer.Ordinal, cancellationToken);
        }

        var sellers = await db.ExternalIds.Where(e => e.Kind == kind && wanted.Contains(e.Value))
            .Join(db.Sellers, e => e.InternalId, s => s.UserId, (e, s) => new { e.Value, s.Id })
            .ToListAsync(cancellationToken);
        return sellers.ToDictionary(s => s.Value, s => s.Id.ToString(), StringComparer.Ordinal);
    }
}
