using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Notifications;
using DisputeCenter.Services.Notifications.Reminders;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Notifications;

public sealed class DeadlineReminderTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private Task<int> SweepAsync() => db.InScopeAsync(s => s.GetRequiredService<DeadlineReminderSweep>().SweepAsync());

    [Fact]
    public async Task The_party_whose_move_it_is_is_reminded_once_when_the_deadline_is_within_24_hours()
    {
        var filed = await db.FileAsync();
        var due = await db.WithDbAsync(d => d.Disputes.Where(x => x.Id == filed.DisputeId).Select(x => x.NextDeadlineAt!.Value).SingleAsync());

        db.Clock.SetUtcNow(due - TimeSpan.FromHours(25));
        var tooEarly = await SweepAsync();
        db.Clock.SetUtcNow(due - TimeSpan.FromHours(23));
        var first = await SweepAsync();
        db.Clock.Advance(TimeSpan.FromHours(1));
        var second = await SweepAsync();

        Assert.Equal((0, 1, 0), (tooEarly, first, second));
        var reminder = Assert.Single(await db.ForAsync(filed.SellerUser.Id), n => n.Kind == NotificationKind.DeadlineSoon);
        Assert.Equal(due, reminder.DueAt);
        Assert.Contains(UtcText.Format(due), reminder.Body, StringComparison.Ordinal);
        Assert.Contains("Answer the dispute", reminder.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(await db.ForAsync(filed.Buyer.Id), n => n.Kind == NotificationKind.DeadlineSoon);
        Assert.Equal(2, (await db.EmailsToAsync(filed.SellerUser.Email!)).Count);
    }

    [Fact]
    public async Task A_new_deadline_on_the_same_dispute_is_reminded_anew_to_both_negotiating_parties()
    {
        var filed = await db.FileAsync();
        await db.InScopeAsync(s => s.GetRequiredService<Services.Disputes.Negotiation.NegotiationService>()
            .SellerRespondAsync(filed.DisputeId, filed.SellerUser.Id, "We checked the batch; let us talk."));
        var due = await db.WithDbAsync(d => d.Disputes.Where(x => x.Id == filed.DisputeId).Select(x => x.NextDeadlineAt!.Value).SingleAsync());

        db.Clock.SetUtcNow(due - TimeSpan.FromHours(2));
        var reminded = await SweepAsync();

        Assert.Equal(2, reminded);
        Assert.Single(await db.ForAsync(filed.Buyer.Id), n => n.Kind == NotificationKind.DeadlineSoon);
        Assert.Single(await db.ForAsync(filed.SellerUser.Id), n => n.Kind == NotificationKind.DeadlineSoon);
        Assert.Equal(0, await SweepAsync());
    }
}
