using System.Text.Json;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
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
        Write(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Write(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Write(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

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
            var data = new RefundData(
                refund.Id, disputeId, orders.TryGetValue(disputeId, out var orderId) ? orderId : null, refund.Amount.Amount, refund.Amount.Currency, Name(refund.Cause), refund.RecordedAt);
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

    private sealed record RefundData(Guid RefundId, Guid DisputeId, Guid? OrderId, decimal Amount, string Currency, string Cause, DateTimeOffset RecordedAt);
}
