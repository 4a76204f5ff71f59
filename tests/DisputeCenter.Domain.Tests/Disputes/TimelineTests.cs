using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

public class TimelineTests
{
    private static List<TimelineEntry> ChainOfAFullCase()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.Decided();
        return [.. dispute.PendingTimeline];
    }

    [Fact]
    public void Every_action_appends_a_chained_entry()
    {
        var chain = ChainOfAFullCase();

        Assert.Equal(
            [DisputeEventKind.Filed, DisputeEventKind.SellerResponded, DisputeEventKind.Escalated, DisputeEventKind.ModeratorAssigned, DisputeEventKind.Decided],
            chain.Select(e => e.Kind));
        Assert.Equal([1, 2, 3, 4, 5], chain.Select(e => e.Sequence));
        Assert.Null(TimelineHasher.VerifyChain(chain));
        for (var i = 1; i < chain.Count; i++)
        {
            Assert.Equal(chain[i - 1].Hash, chain[i].PreviousHash);
        }
    }

    [Fact]
    public void The_aggregate_keeps_the_head_of_the_chain_after_the_pending_entries_are_saved()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.Negotiating();
        var saved = dispute.PendingTimeline.ToList();
        dispute.ClearPendingTimeline();

        dispute.RequestMediation(Party.Buyer, BuyerId, scenario.Now);

        var next = Assert.Single(dispute.PendingTimeline);
        Assert.Equal(3, next.Sequence);
        Assert.Equal(saved[^1].Hash, next.PreviousHash);
        Assert.Null(TimelineHasher.VerifyChain([.. saved, next]));
        Assert.Equal(next.Hash, dispute.TimelineHead);
        Assert.Equal(3, dispute.TimelineLength);
    }

    public static TheoryData<string> Tamperings => ["kind", "actor", "actorId", "occurredAt", "payload", "previousHash", "disputeId", "hash"];

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void Tampering_with_any_field_breaks_the_chain_at_that_entry(string field)
    {
        var chain = ChainOfAFullCase();
        var e = chain[2];
        chain[2] = field switch
        {
            "kind" => e with { Kind = DisputeEventKind.Withdrawn },
            "actor" => e with { Actor = ActorKind.Moderator },
            "actorId" => e with { ActorId = "someone-else" },
            "occurredAt" => e with { OccurredAt = e.OccurredAt.AddTicks(10) },
            "payload" => e with { Payload = e.Payload.Replace("InMediation", "Settled", StringComparison.Ordinal) },
            "previousHash" => e with { PreviousHash = chain[0].Hash },
            "disputeId" => e with { DisputeId = Guid.NewGuid() },
            _ => e with { Hash = new string('0', 64) },
        };

        Assert.Equal(3, TimelineHasher.VerifyChain(chain));
    }

    [Fact]
    public void Rewriting_an_entry_with_a_fresh_hash_breaks_the_next_link()
    {
        var chain = ChainOfAFullCase();
        var forged = chain[2] with { ActorId = "someone-else" };
        chain[2] = forged with { Hash = TimelineHasher.Compute(forged) };

        Assert.Equal(4, TimelineHasher.VerifyChain(chain));
    }

    [Fact]
    public void A_removed_entry_breaks_the_chain()
    {
        var chain = ChainOfAFullCase();
        chain.RemoveAt(1);

        Assert.Equal(2, TimelineHasher.VerifyChain(chain));
    }

    [Fact]
    public void The_hash_is_stable_and_ignores_sub_microsecond_precision()
    {
        var id = Guid.Parse("0b1c2d3e-0000-0000-0000-000000000001");
        var at = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1234567);

        var a = TimelineHasher.Compute(id, 1, DisputeEventKind.Filed, ActorKind.Buyer, "buyer-1", at, "{}", null);
        var b = TimelineHasher.Compute(id, 1, DisputeEventKind.Filed, ActorKind.Buyer, "buyer-1", at.AddTicks(-7).ToOffset(TimeSpan.FromHours(2)), "{}", null);

        Assert.Equal(a, b);
        Assert.Equal(64, a.Length);
        Assert.Matches("^[0-9a-f]{64}$", a);
    }

    [Fact]
    public void Entries_are_stored_at_microsecond_precision_in_utc()
    {
        var entry = TimelineEntry.Create(
            Guid.NewGuid(), 1, DisputeEventKind.Filed, ActorKind.Buyer, "b", new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)).AddTicks(19), "{}", null);

        Assert.Equal(TimeSpan.Zero, entry.OccurredAt.Offset);
        Assert.Equal(0, entry.OccurredAt.Ticks % 10);
        Assert.Null(TimelineHasher.VerifyChain([entry]));
    }

    [Fact]
    public void Payloads_are_canonical_json_with_sorted_keys()
    {
        var payload = TimelinePayload.From([KeyValuePair.Create("b", (string?)"2"), KeyValuePair.Create("a", (string?)"1"), KeyValuePair.Create("c", (string?)null)]);

        Assert.Equal("{\"a\":\"1\",\"b\":\"2\"}", payload);
        Assert.Equal("1", TimelinePayload.Read(payload)["a"]);
    }
}
