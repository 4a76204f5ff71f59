using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Moderation;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Moderation;

public sealed class ModerationQueueServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private DateTimeOffset Now => db.Clock.GetUtcNow();

    /// <summary>Each test's cases belong to a seller of its own, so that filtering on the name isolates them.</summary>
    private async Task<(Seller Seller, ApplicationUser Buyer, string Name)> PartiesAsync()
    {
        var name = "Queue Seller " + Guid.NewGuid().ToString("N")[..8];
        var (_, seller) = await db.Data.SellerAsync(name);
        return (seller, await db.Data.BuyerAsync(), name);
    }

    private Task<Guid> EscalatedAsync(
        Seller seller, ApplicationUser buyer, TimeSpan ago, DisputeReason reason = DisputeReason.NotAsDescribed, decimal amount = 80m, Action<Dispute, DateTimeOffset>? then = null) =>
        db.WithDbAsync(d => EscalatedDisputes.CreateAsync(d, buyer.Id, seller, Now - ago, reason, amount, then));

    private Task<PagedResult<QueueRow>> QueueAsync(string moderatorId, ModerationQueueQuery query) =>
        db.InScopeAsync(s => s.GetRequiredService<ModerationQueueService>().ListAsync(moderatorId, query));

    [Fact]
    public async Task The_queue_lists_escalated_cases_most_overdue_first_with_their_deadlines_and_flags()
    {
        var (seller, buyer, name) = await PartiesAsync();
        var dueTomorrow = await EscalatedAsync(seller, buyer, Day);
        var overdueTwoDays = await EscalatedAsync(seller, buyer, 4 * Day);
        var overdueOneDay = await EscalatedAsync(seller, buyer, 3 * Day);

        var page = await QueueAsync("someone", new ModerationQueueQuery { Seller = name });

        Assert.Equal([overdueTwoDays, overdueOneDay, dueTomorrow], page.Items.Select(r => r.Id));
        Assert.Equal(3, page.TotalCount);
        var first = page.Items[0];
        Assert.Equal(Now - (2 * Day), first.DueAt);
        Assert.True(first.Overdue);
        Assert.False(page.Items[2].Overdue);
        Assert.True(first.SellerUnresponsive);
        Assert.Equal(name, first.SellerName);
        Assert.Equal(80m, first.AmountClaimed.Amount);
        Assert.Null(first.AssignedModeratorId);
        Assert.True(first.CanTake);
    }

    [Fact]
    public async Task A_case_the_sweeper_flags_as_stalled_is_back_in_the_queue_unassigned_flagged_and_ahead_of_overdue_cases()
    {
        var (seller, buyer, name) = await PartiesAsync();
        var moderator = await db.Data.ModeratorAsync("Silent Sam");
        var stalled = await EscalatedAsync(seller, buyer, Day);
        (await db.InScopeAsync(s => s.GetRequiredService<MediationService>().AssignAsync(stalled, moderator.Id))).ThrowIfFailed();
        db.Clock.Advance((2 * Day) + TimeSpan.FromSeconds(1));
        await db.InScopeAsync(s => s.GetRequiredService<DeadlineSweep>().SweepAsync());
        var sweptAt = Now;
        var overdue = await EscalatedAsync(seller, buyer, 5 * Day);

        var page = await QueueAsync("someone", new ModerationQueueQuery { Seller = name });

        Assert.Equal([stalled, overdue], page.Items.Select(r => r.Id));
        var row = page.Items[0];
        Assert.True(row.Stalled);
        Assert.True(row.Overdue);
        Assert.Equal(sweptAt, row.StalledSince);
        Assert.Null(row.AssignedModeratorId);
        Assert.True(row.CanTake);
        var overdueOnly = await QueueAsync("someone", new ModerationQueueQuery { Seller = name, OverdueOnly = true });
        Assert.Equal(2, overdueOnly.TotalCount);
    }

    [Fact]
    public async Task Each_filter_narrows_the_queue_on_the_server()
    {
        var (seller, buyer, name) = await PartiesAsync();
        var (other, otherBuyer, _) = await PartiesAsync();
        var small = await EscalatedAsync(seller, buyer, Day, DisputeReason.NotAsDescribed, 50m);
        var middle = await EscalatedAsync(seller, buyer, 3 * Day, DisputeReason.DamagedInTransit, 120m);
        var large = await EscalatedAsync(seller, buyer, 4 * Day, DisputeReason.TermsViolated, 300m);
        await EscalatedAsync(other, otherBuyer, 5 * Day, DisputeReason.DamagedInTransit, 120m);

        async Task<IEnumerable<Guid>> Ids(ModerationQueueQuery query) => (await QueueAsync("someone", query with { Seller = name })).Items.Select(r => r.Id);

        Assert.Equal([large, middle, small], await Ids(new ModerationQueueQuery()));
        Assert.Equal([large, middle, small], await Ids(new ModerationQueueQuery { Seller = name[^8..].ToUpperInvariant() }));
        Assert.Equal([middle], await Ids(new ModerationQueueQuery { Reason = DisputeReason.DamagedInTransit }));
        Assert.Equal([middle], await Ids(new ModerationQueueQuery { MinAmount = 100m, MaxAmount = 200m }));
        Assert.Equal([large, middle], await Ids(new ModerationQueueQuery { MinAmount = 120m }));
        Assert.Equal([middle, small], await Ids(new ModerationQueueQuery { MaxAmount = 120m }));
        Assert.Equal([large, middle], await Ids(new ModerationQueueQuery { OverdueOnly = true }));
    }

    [Fact]
    public async Task Pages_follow_one_another_without_gaps_or_repeats()
    {
        var (seller, buyer, name) = await PartiesAsync();
        for (var i = 0; i < 7; i++)
        {
            await EscalatedAsync(seller, buyer, TimeSpan.FromHours(6 + (i * 10)));
        }

        var all = await QueueAsync("someone", new ModerationQueueQuery { Seller = name, PageSize = 100 });
        var pages = new List<PagedResult<QueueRow>>();
        for (var p = 1; p <= 3; p++)
        {
            pages.Add(await QueueAsync("someone", new ModerationQueueQuery { Seller = name, PageSize = 3, Page = p }));
        }

        Assert.Equal(7, all.TotalCount);
        Assert.Equal([3, 3, 1], pages.Select(p => p.Items.Count));
        Assert.All(pages, p => Assert.Equal((7, 3), (p.TotalCount, p.TotalPages)));
        Assert.Equal(all.Items.Select(r => r.Id), pages.SelectMany(p => p.Items).Select(r => r.Id));
        Assert.Equal(all.Items.Select(r => r.DueAt).Order(), all.Items.Select(r => r.DueAt));
    }

    [Fact]
    public async Task Mine_and_unassigned_split_the_queue_by_who_holds_each_case()
    {
        var (seller, buyer, name) = await PartiesAsync();
        var me = await db.Data.ModeratorAsync("Maya Me");
        var colleague = await db.Data.ModeratorAsync("Colin Colleague");
        var mine = await EscalatedAsync(seller, buyer, 3 * Day);
        var theirs = await EscalatedAsync(seller, buyer, 2 * Day);
        var free = await EscalatedAsync(seller, buyer, Day);
        var mediation = (Func<Guid, string, Task>)(async (id, who) => (await db.InScopeAsync(s => s.GetRequiredService<MediationService>().AssignAsync(id, who))).ThrowIfFailed());
        await mediation(mine, me.Id);
        await mediation(theirs, colleague.Id);

        var everyone = await QueueAsync(me.Id, new ModerationQueueQuery { Seller = name });
        var mineOnly = await QueueAsync(me.Id, new ModerationQueueQuery { Seller = name, Assignment = QueueAssignment.Mine });
        var unassigned = await QueueAsync(me.Id, new ModerationQueueQuery { Seller = name, Assignment = QueueAssignment.Unassigned });

        Assert.Equal(3, everyone.TotalCount);
        var minerow = Assert.Single(mineOnly.Items);
        Assert.Equal(mine, minerow.Id);
        Assert.True(minerow.IsMine);
        Assert.False(minerow.CanTake);
        Assert.Equal(free, Assert.Single(unassigned.Items).Id);
        var held = everyone.Items.Single(r => r.Id == theirs);
        Assert.Equal("Colin Colleague", held.AssignedModeratorName);
        Assert.False(held.IsMine);
        Assert.Equal(nameof(DisputeMustNotHaveAModeratorRule), held.TakeRefusedBy);
    }

    [Fact]
    public async Task Appeals_have_their_own_queue_and_the_deciding_moderator_is_not_offered_the_take()
    {
        var (seller, buyer, name) = await PartiesAsync();
        var decider = await db.Data.ModeratorAsync("Dora Decider");
        var other = await db.Data.ModeratorAsync("Otto Other");
        var appealed = await EscalatedAsync(seller, buyer, 6 * Day, then: (d, escalated) =>
        {
            d.AssignModerator(decider.Id, escalated.AddHours(1));
            d.Decide(decider.Id, Outcome.Rejected, null, "no-evidence", "The photos do not show the defect the buyer describes.", DecisionBasis.OnTheClaim(d, "no-evidence"), escalated.AddDays(1));
            d.Appeal(Party.Buyer, buyer.Id, "Here is a video that shows the defect clearly.", Now - TimeSpan.FromHours(2));
        });
        var waiting = await EscalatedAsync(seller, buyer, 2 * Day, then: (d, escalated) =>
        {
            d.AssignModerator(other.Id, escalated.AddHours(1));
            d.RequestInformation(other.Id, Party.Buyer, "A photo of the label, please.", MissedRequestConsequence.DecideOnAvailableEvidence, d.TimelineLength, escalated.AddHours(2));
        });
        var escalated = await EscalatedAsync(seller, buyer, Day);

        var forDecider = await QueueAsync(decider.Id, new ModerationQueueQuery { Seller = name, Stage = QueueStage.Appeals });
        var forOther = await QueueAsync(other.Id, new ModerationQueueQuery { Seller = name, Stage = QueueStage.Appeals });
        var mediation = await QueueAsync(other.Id, new ModerationQueueQuery { Seller = name });
        var awaiting = await QueueAsync(other.Id, new ModerationQueueQuery { Seller = name, Stage = QueueStage.AwaitingInformation });

        var deciderRow = Assert.Single(forDecider.Items);
        Assert.Equal(appealed, deciderRow.Id);
        Assert.Equal(DisputeStatus.UnderAppeal, deciderRow.Status);
        Assert.False(deciderRow.CanTake);
        Assert.Equal(nameof(AppealMustGoToADifferentModeratorRule), deciderRow.TakeRefusedBy);
        Assert.True(Assert.Single(forOther.Items).CanTake);
        Assert.Equal([escalated], mediation.Items.Select(r => r.Id));
        var waitingRow = Assert.Single(awaiting.Items);
        Assert.Equal(waiting, waitingRow.Id);
        Assert.True(waitingRow.IsMine);
        Assert.False(waitingRow.CanTake);

        var refused = await db.InScopeAsync(s => s.GetRequiredService<MediationService>().AssignAsync(appealed, decider.Id));
        Assert.IsType<AppealMustGoToADifferentModeratorRule>(refused.BrokenRule);
    }

    [Fact]
    public void An_amount_range_upside_down_is_refused_with_a_message()
    {
        var result = new ModerationQueueQueryValidator().Validate(new ModerationQueueQuery { MinAmount = 200m, MaxAmount = 100m });

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(ModerationQueueQuery.MaxAmount), error.PropertyName);
        Assert.Equal("The largest amount must not be below the smallest.", error.ErrorMessage);
    }
}
