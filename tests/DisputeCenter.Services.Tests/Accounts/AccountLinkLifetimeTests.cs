using System.Text.RegularExpressions;
using DisputeCenter.Services.Accounts.Confirmation;
using DisputeCenter.Services.Accounts.PasswordReset;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Accounts;

/// <summary>The emailed links expire on the app's clock: a minute before the end they work, a minute after they do not.</summary>
public sealed partial class AccountLinkLifetimeTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_reset_link_works_until_two_hours_have_passed_and_not_after()
    {
        var early = await db.Data.BuyerAsync();
        var late = await db.Data.BuyerAsync();
        await db.InScopeAsync(s => s.GetRequiredService<PasswordResetService>().RequestAsync(early.Email));
        await db.InScopeAsync(s => s.GetRequiredService<PasswordResetService>().RequestAsync(late.Email));
        var (earlyId, earlyCode) = await LinkToAsync(early.Email!, "ResetPassword");
        var (lateId, lateCode) = await LinkToAsync(late.Email!, "ResetPassword");

        db.Clock.Advance(PasswordResetService.LinkLifetime - Minute);
        var inTime = await db.InScopeAsync(s => s.GetRequiredService<PasswordResetService>().ResetAsync(earlyId, earlyCode, "a brand new passphrase"));
        db.Clock.Advance(Minute + Minute);
        var tooLate = await db.InScopeAsync(s => s.GetRequiredService<PasswordResetService>().ResetAsync(lateId, lateCode, "a brand new passphrase"));

        Assert.True(inTime.Succeeded);
        Assert.False(tooLate.Succeeded);
        Assert.False(await PasswordIsAsync(late.Id, "a brand new passphrase"));
    }

    [Fact]
    public async Task A_confirmation_link_works_for_a_day_and_not_after()
    {
        var early = await UnconfirmedAsync();
        var late = await UnconfirmedAsync();
        var (earlyId, earlyCode) = await LinkToAsync(early.Email!, "ConfirmEmail");
        var (lateId, lateCode) = await LinkToAsync(late.Email!, "ConfirmEmail");

        db.Clock.Advance(EmailConfirmationService.LinkLifetime - Minute);
        var inTime = await db.InScopeAsync(s => s.GetRequiredService<EmailConfirmationService>().ConfirmAsync(earlyId, earlyCode));
        db.Clock.Advance(Minute + Minute);
        var tooLate = await db.InScopeAsync(s => s.GetRequiredService<EmailConfirmationService>().ConfirmAsync(lateId, lateCode));

        Assert.True(inTime.Succeeded);
        Assert.False(tooLate.Succeeded);
        Assert.False(await db.WithDbAsync(d => d.Users.Where(u => u.Id == late.Id).Select(u => u.EmailConfirmed).SingleAsync()));
    }

    private async Task<ApplicationUser> UnconfirmedAsync()
    {
        var user = await db.Data.BuyerAsync();
        await db.WithDbAsync(d => d.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.EmailConfirmed, false)));
        await db.InScopeAsync(s => s.GetRequiredService<EmailConfirmationService>().SendAgainAsync(user.Id));
        return user;
    }

    private Task<bool> PasswordIsAsync(string userId, string password) => db.InScopeAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.CheckPasswordAsync((await users.FindByIdAsync(userId))!, password);
    });

    private async Task<(string UserId, string Code)> LinkToAsync(string address, string page)
    {
        var body = await db.WithDbAsync(d => d.OutboxEmails.AsNoTracking().Where(e => e.ToAddress == address).OrderByDescending(e => e.CreatedAt).Select(e => e.TextBody).FirstAsync());
        var match = Link().Match(body);
        Assert.True(match.Success && match.Groups[1].Value == page, body);
        return (Uri.UnescapeDataString(match.Groups[2].Value), match.Groups[3].Value);
    }

    [GeneratedRegex(@"/Identity/Account/(\w+)\?userId=([^&\s]+)&code=([A-Za-z0-9_-]+)")]
    private static partial Regex Link();
}
