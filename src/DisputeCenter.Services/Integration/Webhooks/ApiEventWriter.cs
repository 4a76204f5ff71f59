using System.Text.Json;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>
/// Writes an <see cref="ApiEvent"/> for every timeline entry and every refund the app saves, in the same transaction: whichever
/// use case saves them (a page, the API, the deadline sweep, the seeder), no change commits without its event, and no event
/// without its change.
/// </summary>
internal sealed class ApiEventWriter(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            var orderIds = RefundedOrders(context);
            Write(context, orderIds.Count == 0 ? [] : PaymentReferences(context, orderIds).ToDictionary(o => o.Id, o => o.PaymentReference));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var orderIds = RefundedOrders(context);
            Write(context, orderIds.Count == 0 ? [] : await PaymentReferences(context, orderIds).ToDictionaryAsync(o => o.Id, o => o.PaymentReference, cancellationToken));
        }

        return result;
    }

    /// <summary>The orders whose disputes gain a refund in this save (usually none, and then nothing is queried).</summary>
    private static List<Guid> RefundedOrders(DbContext context) =>
        context.ChangeTracker.Entries<Refund>().Any(e => e.State == EntityState.Added)
            ? context.ChangeTracker.Entries<Dispute>().Select(d => d.Entity.OrderId).Distinct().ToList()
            : [];

    /// <summary>The payment each refund goes back to, for <c>refund.instructed</c>.</summary>
    private static IQueryable<OrderPayment> PaymentReferences(DbContext context, List<Guid> orderIds) =>
        context.Set<Order>().AsNoTracking().Where(o => orderIds.Contains(o.Id)).Select(o => new OrderPayment(o.Id, o.PaymentReference));

    private void Write(DbContext context, Dictionary<Guid, string?> paymentReferences)
    {

        var now = clock.GetUtcNow();
        var orders = context.ChangeTracker.Entries<Dispute>().ToDictionary(d => d.Entity.Id, d => d.Entity.OrderId);
        var events = new List<ApiEvent>();
        foreach (var entry in context.ChangeTracker.Entries<TimelineEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).OrderBy(e => e.Sequence))
        {
            var data = new TimelineData(
                entry.DisputeId, Name(entry.StatusAfter), entry.Sequence, Name(entry.Kind), Name(entry.Actor), entry.OccurredAt);
            events.Add(ApiEvent.Create(ApiEventTypes.Of(entry.Kind), entry.DisputeId, Serialize(data), now));
        }

        foreach (var entry in context.ChangeTracker.Entries<Refund>().Where(e => e.State == EntityState.Added))
        {
            var disputeId = (Guid)entry.Property("DisputeId").CurrentValue!;
            var refund = entry.Entity;
            var orderId = orders.TryGetValue(disputeId, out var found) ? found : (Guid?)null;
            var data = new RefundData(
                refund.Id, disputeId, orderId, orderId is { } id ? paymentReferences.GetValueOrDefault(id) : null,
                refund.Amount.Amount, refund.Amount.Currency, Name(refund.Cause), refund.RecordedAt);
            events.Add(ApiEvent.Create(ApiEventTypes.RefundInstructed, disputeId, Serialize(data), now));
        }

        foreach (var entry in context.ChangeTracker.Entries<RefundPayout>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var payout = entry.Entity;
            var data = new PayoutData(payout.RefundId, payout.DisputeId, Name(payout.Status), payout.Reference, payout.FailureReason, payout.ReportedAt);
            events.Add(ApiEvent.Create(
                payout.Status == RefundPayoutStatus.Completed ? ApiEventTypes.RefundCompleted : ApiEventTypes.RefundFailed, payout.DisputeId, Serialize(data), now));
        }

        if (events.Count > 0)
        {
            context.AddRange(events);
        }
    }

    /// <summary>Enum values as the API writes them: snake_case.</summary>
    private static string Name(Enum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string Serialize<T>(T data) => JsonSerializer.Serialize(data, Json);

    private sealed record TimelineData(Guid DisputeId, string Status, int Sequence, string Kind, string Actor, DateTimeOffset OccurredAt);

    private sealed record PayoutData(Guid RefundId, Guid DisputeId, string Status, string Reference, string? FailureReason, DateTimeOffset ReportedAt);

    private sealed record OrderPayment(Guid Id, string? PaymentReference);

    private sealed record RefundData(Guid RefundId, Guid DisputeId, Guid? OrderId, string? PaymentReference, decimal Amount, string Currency, string Cause, DateTimeOffset RecordedAt);
}
