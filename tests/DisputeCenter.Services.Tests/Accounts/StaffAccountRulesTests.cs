using System.Text.RegularExpressions;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Accounts.Moderators;
using DisputeCenter.Services.Accounts.Sessions;
using DisputeCenter.Services.Accounts.TwoFactor;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Accounts;

/// <summary>Invitations (single use, expiring on the app's clock), the second factor's rules, and sessions' ends.</summary>
public sealed partial class StaffAccountRulesTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_invitation_works_once_and_not_after_seven_days()
    {
        var used = await InviteAsync();
        var late = await InviteAsync();

        var accepted = await Moderators(m => m.AcceptAsync(used.UserId, used.Code, "an invited moderator's passphrase"));
        var twice = await Moderators(m => m.AcceptAsync(used.UserId, used.Code, "someone else's passphrase now"));
        db.Clock.Advance(ModeratorAccountsService.InvitationLifetime + TimeSpan.FromMinutes(1));
        var expired = await Moderators(m => m.AcceptAsync(late.UserId, late.Code, "an invited moderator's passphrase"));

        Assert.True(accepted.Succeeded);
        Assert.True(accepted.Value!.EmailConfirmed);
        Assert.False(twice.Succeeded);
        Assert.False(expired.Succeeded);
        Assert.Null(await db.WithDbAsync(d => d.Users.Where(u => u.Id == late.UserId).Select(u => u.PasswordHash).SingleAsync()));
    }

    [Fact]
    public async Task An_invitee_has_no_password_and_a_short_one_is_refused()
    {
        var invited = await InviteAsync();

        var weak = await Moderators(m => m.AcceptAsync(invited.UserId, invited.Code, "short"));

        Assert.False(weak.Succeeded);
        Assert.Contains(await Moderators(m => m.ListAsync()), m => m.Id == invited.UserId && m.Invited && !m.TwoFactorEnabled);
    }

    [Fact]
    public async Task Two_factor_turns_on_only_with_the_apps_code_and_staff_cannot_turn_it_off()
    {
        var moderator = await db.Data.UserAsync(Roles.Moderator, "Enrolling Moderator", secondFactor: false);

        var result = await db.InScopeAsync(async s =>
        {
            var twoFactor = s.GetRequiredService<TwoFactorService>();
            var user = (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(moderator.Id))!;
            var key = (await twoFactor.SetupAsync(user)).Key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            var wrong = await twoFactor.EnableAsync(user, "123456" == TestAuthenticator.Code(key) ? "654321" : "123456");
            var right = await twoFactor.EnableAsync(user, TestAuthenticator.Code(key));
            var off = await twoFactor.DisableAsync(user);
            return (wrong, right, off);
        });

        Assert.False(result.wrong.Succeeded);
        Assert.True(result.right.Succeeded);
        Assert.Equal(TwoFactorService.RecoveryCodeCount, result.right.Value!.Count);
        Assert.False(result.off.Succeeded);
        Assert.True(await db.WithDbAsync(d => d.Users.Where(u => u.Id == moderator.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task A_session_is_open_until_ended_or_too_old_and_ending_all_changes_the_stamp()
    {
        var buyer = await db.Data.BuyerAsync();
        var ended = await Sessions(s => s.StartAsync(buyer.Id, "192.0.2.1", "Test browser", SignInMethod.Password));
        var kept = await Sessions(s => s.StartAsync(buyer.Id, "192.0.2.2", "Test browser", SignInMethod.Password));
        await Sessions(s => s.EndAsync(ended, buyer.Id));

        Assert.False(await Sessions(s => s.IsOpenAsync(ended, buyer.Id)));
        Assert.True(await Sessions(s => s.IsOpenAsync(kept, buyer.Id)));
        Assert.False(await Sessions(s => s.IsOpenAsync(kept, "someone-else")));
        var stamp = await StampAsync(buyer.Id);
        Assert.True((await Sessions(s => s.EndAllAsync(buyer.Id))).Succeeded);
        Assert.False(await Sessions(s => s.IsOpenAsync(kept, buyer.Id)));
        Assert.NotEqual(stamp, await StampAsync(buyer.Id));

        var fresh = await Sessions(s => s.StartAsync(buyer.Id, "192.0.2.4", null, SignInMethod.PasswordAndAuthenticator));
        var lifetime = await Sessions(s => Task.FromResult(s.AbsoluteLifetime));
        db.Clock.Advance(lifetime + TimeSpan.FromMinutes(1));
        Assert.False(await Sessions(s => s.IsOpenAsync(fresh, buyer.Id)));
        Assert.Contains(await Sessions(s => s.RecentAsync(buyer.Id, null)), v => v.Id == fresh && v.Expired && !v.Open);
    }

    private async Task<(string UserId, string Code)> InviteAsync()
    {
        var email = $"invitee-{Guid.NewGuid():N}@test.example";
        var invited = await Moderators(m => m.InviteAsync(new InviteModeratorCommand { DisplayName = "Invited Moderator", Email = email }));
        Assert.True(invited.Succeeded);
        var body = await db.WithDbAsync(d => d.OutboxEmails.Where(e => e.ToAddress == email).Select(e => e.TextBody).SingleAsync());
        var link = Link().Match(body);
        return (Uri.UnescapeDataString(link.Groups[1].Value), link.Groups[2].Value);
    }

    private Task<T> Moderators<T>(Func<ModeratorAccountsService, Task<T>> act) => db.InScopeAsync(s => act(s.GetRequiredService<ModeratorAccountsService>()));

    private Task<T> Sessions<T>(Func<AccountSessions, Task<T>> act) => db.InScopeAsync(s => act(s.GetRequiredService<AccountSessions>()));

    private Task Sessions(Func<AccountSessions, Task> act) => db.InScopeAsync(s => act(s.GetRequiredService<AccountSessions>()));

    private Task<string?> StampAsync(string userId) => db.WithDbAsync(d => d.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());

    [GeneratedRegex(@"/Identity/Account/AcceptInvitation\?userId=([^&\s]+)&code=([A-Za-z0-9_-]+)")]
    private static partial Regex Link();
}
