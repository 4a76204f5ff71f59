using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Accounts.Moderators;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Disputes.Timeline;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Accounts;

public sealed class ModeratorDisableTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private Task<T> Accounts<T>(Func<ModeratorAccountsService, Task<T>> act) => db.InScopeAsync(s => act(s.GetRequiredService<ModeratorAccountsService>()));

    private Task<ApplicationUser> UserAsync(string id) => db.InScopeAsync(async s => (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(id))!);

    [Fact]
    public async Task Disabling_a_moderator_locks_the_account_changes_its_stamp_and_returns_its_cases_to_the_queue()
    {
        var admin = await db.Data.UserAsync(Roles.Administrator, "Ada Admin");
        var moderator = await db.Data.ModeratorAsync();
        var other = await db.Data.ModeratorAsync("Other Moderator");
        var mine = await EscalatedAsync(moderator.Id);
        var theirs = await EscalatedAsync(other.Id);
        var stamp = (await UserAsync(moderator.Id)).SecurityStamp;

        var result = await Accounts(a => a.DisableAsync(moderator.Id, admin.Id));

        Assert.Equal(1, result.Value);
        var user = await UserAsync(moderator.Id);
        Assert.True(user.IsDisabled);
        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.True(await db.InScopeAsync(s => s.GetRequiredService<UserManager<ApplicationUser>>().IsLockedOutAsync(user)));
        var disputes = await db.WithDbAsync(d => d.Disputes.AsNoTracking().Where(x => x.Id == mine || x.Id == theirs).ToDictionaryAsync(x => x.Id));
        Assert.Null(disputes[mine].AssignedModeratorId);
        Assert.Equal(DisputeStatus.InMediation, disputes[mine].Status);
        Assert.Equal(other.Id, disputes[theirs].AssignedModeratorId);
        var last = await db.WithDbAsync(d => d.DisputeEvents.AsNoTracking().Where(e => e.DisputeId == mine).OrderByDescending(e => e.Sequence).FirstAsync());
        Assert.Equal((DisputeEventKind.ModeratorUnassigned, ActorKind.Administrator, admin.Id), (last.Kind, last.Actor, last.ActorId));
        Assert.Equal(new TimelineEvent.ModeratorUnassigned(moderator.Id, UnassignmentReason.ModeratorDisabled), last.Event);
        Assert.True((await db.InScopeAsync(s => s.GetRequiredService<DisputeTimelineService>().VerifyAsync(mine))).IsIntact);
    }

    [Fact]
    public async Task A_re_enabled_moderator_can_sign_in_again_and_only_moderators_can_be_disabled()
    {
        var admin = await db.Data.UserAsync(Roles.Administrator, "Ada Admin");
        var moderator = await db.Data.ModeratorAsync();
        var buyer = await db.Data.BuyerAsync();
        Assert.True((await Accounts(a => a.DisableAsync(moderator.Id, admin.Id))).Succeeded);

        var enabled = await Accounts(a => a.EnableAsync(moderator.Id));
        var notAModerator = await Accounts(a => a.DisableAsync(buyer.Id, admin.Id));

        Assert.True(enabled.Succeeded);
        var user = await UserAsync(moderator.Id);
        Assert.False(user.IsDisabled);
        Assert.False(await db.InScopeAsync(s => s.GetRequiredService<UserManager<ApplicationUser>>().IsLockedOutAsync(user)));
        Assert.False(notAModerator.Succeeded);
        Assert.False((await UserAsync(buyer.Id)).IsDisabled);
    }

    private async Task<Guid> EscalatedAsync(string moderatorId)
    {
        var filed = await db.FileAsync();
        (await db.InScopeAsync(s => s.GetRequiredService<NegotiationService>().SellerRejectAsync(filed.DisputeId, filed.SellerUser.Id, "The goods left us in perfect order."))).ThrowIfFailed();
        (await db.InScopeAsync(s => s.GetRequiredService<NegotiationService>().RequestMediationAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id)))).ThrowIfFailed();
        (await db.InScopeAsync(s => s.GetRequiredService<MediationService>().AssignAsync(filed.DisputeId, moderatorId))).ThrowIfFailed();
        return filed.DisputeId;
    }
}
