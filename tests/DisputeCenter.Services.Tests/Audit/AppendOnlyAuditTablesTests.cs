using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DisputeCenter.Services.Tests.Audit;

/// <summary>
/// The trigger from the AppendOnlyAuditTables migration refuses UPDATE and DELETE on the timeline and the refunds ledger,
/// even for the table's owner (the app's own role has no such privilege at all: see AuditTrailTests).
/// </summary>
public sealed class AppendOnlyAuditTablesTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData("UPDATE dispute_events SET payload = 'rewritten' WHERE dispute_id = {0}")]
    [InlineData("DELETE FROM dispute_events WHERE dispute_id = {0}")]
    public async Task A_timeline_row_cannot_be_updated_or_deleted(string sql)
    {
        var filed = await db.FileAsync();
        var before = await db.WithDbAsync(d => d.Database.SqlQuery<string>($"SELECT hash AS \"Value\" FROM dispute_events WHERE dispute_id = {filed.DisputeId} ORDER BY sequence").ToListAsync());

        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.WithOwnerDbAsync(d => d.Database.ExecuteSqlRawAsync(sql, filed.DisputeId)));

        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        var after = await db.WithDbAsync(d => d.Database.SqlQuery<string>($"SELECT hash AS \"Value\" FROM dispute_events WHERE dispute_id = {filed.DisputeId} ORDER BY sequence").ToListAsync());
        Assert.NotEmpty(before);
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("UPDATE refunds SET recorded_at = recorded_at")]
    [InlineData("DELETE FROM refunds")]
    public async Task A_refund_row_cannot_be_updated_or_deleted(string sql)
    {
        var filed = await db.FileAsync(unitPrice: 50m, quantity: 2);
        var counter = await db.InScopeAsync(s => s.GetRequiredService<NegotiationService>().CounterAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), Remedy.PartialRefund, 40m, "Keep them, 40 back."));
        counter.ThrowIfFailed();
        (await db.InScopeAsync(s => s.GetRequiredService<NegotiationService>().AcceptOfferAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), counter.Value))).ThrowIfFailed();
        var before = await db.WithDbAsync(d => d.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM refunds").SingleAsync());

        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.WithOwnerDbAsync(d => d.Database.ExecuteSqlRawAsync(sql)));

        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.True(before > 0);
        Assert.Equal(before, await db.WithDbAsync(d => d.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM refunds").SingleAsync()));
    }
}
