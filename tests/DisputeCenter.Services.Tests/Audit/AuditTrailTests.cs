using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Audit;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Disputes.Timeline;
using DisputeCenter.Services.Tests.Evidence;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DisputeCenter.Services.Tests.Audit;

/// <summary>
/// The audit trail the app cannot rewrite: the app's role may only read and append the timeline and the refunds ledger,
/// and an owner who rewrites rows (switching the trigger off, recomputing the unkeyed hashes) is found by verification,
/// because the seals need a key the database never holds.
/// </summary>
public sealed class AuditTrailTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData("UPDATE dispute_events SET payload = payload", "dispute_events")]
    [InlineData("DELETE FROM dispute_events", "dispute_events")]
    [InlineData("TRUNCATE dispute_events CASCADE", "dispute_events")]
    [InlineData("UPDATE refunds SET recorded_at = recorded_at", "refunds")]
    [InlineData("DELETE FROM refunds", "refunds")]
    [InlineData("DELETE FROM __ef_migrations_history", "__ef_migrations_history")]
    public async Task The_app_role_may_not_rewrite_the_audit_tables(string sql, string table)
    {
        var filed = await db.FileAsync();
        var before = await HashesAsync(filed.DisputeId);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.WithDbAsync(d => d.Database.ExecuteSqlRawAsync(sql)));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal($"permission denied for table {table}", refused.MessageText);
        Assert.Equal(before, await HashesAsync(filed.DisputeId));
    }

    [Fact]
    public async Task The_app_role_may_not_switch_the_trigger_off_but_reads_appends_and_works_the_other_tables()
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.WithDbAsync(d =>
            d.Database.ExecuteSqlRawAsync("ALTER TABLE dispute_events DISABLE TRIGGER dispute_events_append_only")));
        Assert.Equal("must be owner of table dispute_events", refused.MessageText);

        // The whole lifecycle up to a refund, through the app's role: appends to both tables, updates the others.
        var filed = await db.FileAsync(unitPrice: 50m, quantity: 2);
        var counter = await db.InScopeAsync(s => s.GetRequiredService<NegotiationService>().CounterAsync(
            filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), Remedy.PartialRefund, 40m, "Keep them, 40 back."));
        counter.ThrowIfFailed();
        (await db.InScopeAsync(s => s.GetRequiredService<NegotiationService>().AcceptOfferAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), counter.Value))).ThrowIfFailed();

        Assert.Equal(1, await db.WithDbAsync(d => d.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM refunds WHERE dispute_id = {filed.DisputeId}").SingleAsync()));
        Assert.Equal(
            TestPostgres.ApplicationLogin,
            await db.WithDbAsync(d => d.Database.SqlQuery<string>($"SELECT current_user::text AS \"Value\"").SingleAsync()));
    }

    [Fact]
    public async Task Every_entry_and_head_the_app_writes_is_sealed_and_an_untouched_dispute_verifies()
    {
        var filed = await db.FileAsync();
        (await SellerRejects(filed)).ThrowIfFailed();

        var keys = await db.WithDbAsync(d => d.Database.SqlQuery<string?>($"SELECT seal_key_id AS \"Value\" FROM dispute_events WHERE dispute_id = {filed.DisputeId}").ToListAsync());
        Assert.True(keys.Count >= 2);
        Assert.All(keys, key => Assert.Equal(AuditSeals.DevelopmentKeyId, key));
        Assert.True((await VerifyAsync(filed.DisputeId)).IsIntact);
        var report = await VerifyAllAsync();
        Assert.DoesNotContain(report.Breaks, b => b.DisputeId == filed.DisputeId);
        Assert.True(report.Entries >= keys.Count);
    }

    [Fact]
    public async Task An_edit_by_the_owner_that_leaves_the_hashes_is_a_broken_chain()
    {
        var filed = await db.FileAsync();
        (await SellerRejects(filed)).ThrowIfFailed();

        await AsOwnerWithoutTriggerAsync($"UPDATE dispute_events SET payload = replace(payload, 'perfect', 'poor') WHERE dispute_id = '{filed.DisputeId}' AND sequence = 2");

        var verification = await VerifyAsync(filed.DisputeId);
        Assert.Equal((2, AuditProblem.ChainBroken), (verification.FirstBrokenSequence, verification.Problem));
        Assert.Contains(new AuditBreak(filed.DisputeId, AuditProblem.ChainBroken, 2), (await VerifyAllAsync()).Breaks);
    }

    [Fact]
    public async Task An_edit_by_the_owner_with_every_hash_recomputed_is_caught_by_the_seal()
    {
        var filed = await db.FileAsync();
        (await SellerRejects(filed)).ThrowIfFailed();
        (await SellerRejectsAgain(filed)).ThrowIfFailed();

        // What someone with the database but not the key can do: rewrite entry 2 and recompute the chain after it.
        var entries = await db.WithDbAsync(d => d.DisputeEvents.AsNoTracking().Where(e => e.DisputeId == filed.DisputeId).OrderBy(e => e.Sequence).ToListAsync());
        var rewritten = new List<TimelineEntry>(entries.Take(1));
        foreach (var entry in entries.Skip(1))
        {
            var payload = entry.Sequence == 2 ? entry.Payload.Replace("perfect", "poor", StringComparison.Ordinal) : entry.Payload;
            rewritten.Add(TimelineEntry.Create(entry.DisputeId, entry.Sequence, entry.Kind, entry.Actor, entry.ActorId, entry.OccurredAt, payload, rewritten[^1].Hash));
        }

        Assert.Null(TimelineHasher.VerifyChain(rewritten));
        var updates = string.Join(";\n", rewritten.Skip(1).Select(e =>
            $"UPDATE dispute_events SET payload = '{e.Payload.Replace("'", "''", StringComparison.Ordinal)}', previous_hash = '{e.PreviousHash}', hash = '{e.Hash}' " +
            $"WHERE dispute_id = '{e.DisputeId}' AND sequence = {e.Sequence}"));
        await AsOwnerWithoutTriggerAsync(updates + $";\nUPDATE disputes SET timeline_head = '{rewritten[^1].Hash}' WHERE id = '{filed.DisputeId}'");

        var verification = await VerifyAsync(filed.DisputeId);
        Assert.Equal((2, AuditProblem.EntrySealBroken), (verification.FirstBrokenSequence, verification.Problem));
        Assert.Contains(new AuditBreak(filed.DisputeId, AuditProblem.EntrySealBroken, 2), (await VerifyAllAsync()).Breaks);
    }

    [Fact]
    public async Task Entries_removed_from_the_end_are_caught_whether_or_not_the_head_is_rewound()
    {
        var filed = await db.FileAsync();
        (await SellerRejects(filed)).ThrowIfFailed();
        var entries = await db.WithDbAsync(d => d.DisputeEvents.AsNoTracking().Where(e => e.DisputeId == filed.DisputeId).OrderBy(e => e.Sequence).ToListAsync());
        var last = entries[^1].Sequence;

        await AsOwnerWithoutTriggerAsync($"DELETE FROM dispute_events WHERE dispute_id = '{filed.DisputeId}' AND sequence = {last}");
        Assert.Equal((last, AuditProblem.EntriesMissingAtEnd), await ProblemAsync(filed.DisputeId));

        await AsOwnerWithoutTriggerAsync($"UPDATE disputes SET timeline_length = {last - 1}, timeline_head = '{entries[^2].Hash}' WHERE id = '{filed.DisputeId}'");
        Assert.Equal((last - 1, AuditProblem.HeadSealBroken), await ProblemAsync(filed.DisputeId));
    }

    [Fact]
    public async Task A_changed_evidence_file_is_listed_with_its_dispute()
    {
        var filed = await db.FileAsync();
        var staged = await db.StageAsync(filed.DisputeId, EvidenceUploader.Buyer(filed.Buyer.Id), EvidenceVault.File("box.png", EvidenceFiles.Png()));
        var id = Assert.Single(staged.Value!).Id;
        Assert.DoesNotContain((await VerifyAllAsync()).Breaks, b => b.EvidenceId == id);

        await db.ExecuteAsync($"UPDATE evidence_chunks SET data = set_byte(data, 20, (get_byte(data, 20) + 1) % 256) WHERE evidence_id = {id} AND chunk_index = 0");

        var found = Assert.Single((await VerifyAllAsync()).Breaks, b => b.EvidenceId == id);
        Assert.Equal((filed.DisputeId, AuditProblem.EvidenceChanged), (found.DisputeId, found.Problem));
    }

    [Fact]
    public void Keys_rotate_by_id_and_an_entry_under_a_key_no_longer_held_is_named()
    {
        var (first, second) = (Key(), Key());
        var old = Seals("2026-11", ("2026-11", first));
        var rotated = Seals("2026-12", ("2026-11", first), ("2026-12", second));
        var onlyNew = Seals("2026-12", ("2026-12", second));
        var id = Guid.NewGuid();
        var one = TimelineEntry.Create(id, 1, DisputeEventKind.Filed, ActorKind.Buyer, "b", DatabaseFixture.Start, "{}", null);
        var two = TimelineEntry.Create(id, 2, DisputeEventKind.Filed, ActorKind.Buyer, "b", DatabaseFixture.Start, "{}", one.Hash);
        var timeline = new[] { new SealedEntry(one, old.CurrentKeyId, old.SealEntry(one)), new SealedEntry(two, rotated.CurrentKeyId, rotated.SealEntry(two)) };
        var head = new SealedHead(id, 2, two.Hash, rotated.CurrentKeyId, rotated.SealHead(id, 2, two.Hash));

        Assert.Null(TimelineAudit.FirstProblem(timeline, head, rotated));
        Assert.Equal(new TimelineFinding(1, AuditProblem.EntrySealedWithUnknownKey), TimelineAudit.FirstProblem(timeline, head, onlyNew));
        Assert.Equal(new TimelineFinding(2, AuditProblem.EntrySealedWithUnknownKey), TimelineAudit.FirstProblem(timeline, head, old));
        Assert.Equal(
            new TimelineFinding(2, AuditProblem.EntrySealBroken),
            TimelineAudit.FirstProblem([timeline[0], timeline[1] with { Seal = rotated.SealEntry(one) }], head, rotated));
    }

    [Fact]
    public void Production_needs_a_key_of_its_own()
    {
        static IReadOnlyList<string> Problems(params (string Key, string? Value)[] settings) =>
            AuditSeals.Problems(new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => s.Value)).Build(), production: true);

        Assert.Contains("AuditTrail:CurrentKeyId and AuditTrail:Keys:<id> must give", Assert.Single(Problems()), StringComparison.Ordinal);
        Assert.Empty(AuditSeals.Problems(new ConfigurationBuilder().Build(), production: false));
        Assert.Empty(Problems(("AuditTrail:CurrentKeyId", "k1"), ("AuditTrail:Keys:k1", Convert.ToBase64String(Key()))));
        Assert.Contains("at least 32 bytes", Assert.Single(Problems(("AuditTrail:CurrentKeyId", "k1"), ("AuditTrail:Keys:k1", Convert.ToBase64String(new byte[31])))), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Seals("k2", ("k1", Key())));
    }

    private static byte[] Key() => System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    private static AuditSeals Seals(string current, params (string Id, byte[] Key)[] keys) =>
        new(Options.Create(new AuditTrailOptions
        {
            CurrentKeyId = current,
            Keys = keys.ToDictionary(k => k.Id, k => Convert.ToBase64String(k.Key), StringComparer.Ordinal),
        }));

    private Task<Common.Result> SellerRejects(FiledDispute filed) =>
        db.InScopeAsync(s => s.GetRequiredService<NegotiationService>().SellerRejectAsync(filed.DisputeId, filed.SellerUser.Id, "The headphones left our warehouse in perfect order."));

    private Task<Common.Result<Guid>> SellerRejectsAgain(FiledDispute filed) =>
        db.InScopeAsync(s => s.GetRequiredService<NegotiationService>().CounterAsync(
            filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), Remedy.PartialRefund, 10m, "Keep them, 10 back."));

    private Task<ChainVerification> VerifyAsync(Guid disputeId) =>
        db.InScopeAsync(s => s.GetRequiredService<DisputeTimelineService>().VerifyAsync(disputeId));

    private async Task<(int?, AuditProblem?)> ProblemAsync(Guid disputeId)
    {
        var verification = await VerifyAsync(disputeId);
        return (verification.FirstBrokenSequence, verification.Problem);
    }

    private Task<AuditReport> VerifyAllAsync() =>
        db.InScopeAsync(s => s.GetRequiredService<AuditVerificationService>().VerifyAllAsync());

    private Task<List<string>> HashesAsync(Guid disputeId) =>
        db.WithDbAsync(d => d.Database.SqlQuery<string>($"SELECT hash AS \"Value\" FROM dispute_events WHERE dispute_id = {disputeId} ORDER BY sequence").ToListAsync());

    /// <summary>As the owner would, who must switch the append-only trigger off first.</summary>
    private async Task AsOwnerWithoutTriggerAsync(string sql)
    {
        await using var owner = new NpgsqlConnection(db.OwnerConnectionString);
        await owner.OpenAsync();
        await using var command = new NpgsqlCommand(
            "ALTER TABLE dispute_events DISABLE TRIGGER dispute_events_append_only;\n" + sql + ";\nALTER TABLE dispute_events ENABLE TRIGGER dispute_events_append_only",
            owner);
        await command.ExecuteNonQueryAsync();
    }
}
