using DisputeCenter.Services.Accounts.PasswordReset;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Accounts;

public sealed class PasswordResetServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_link_resets_once_changes_the_stamp_and_says_so_by_email()
    {
        var buyer = await db.Data.BuyerAsync();
        var stampBefore = await StampAsync(buyer.Id);
        await Resets(r => r.RequestAsync(buyer.Email));
        var (userId, code) = LinkIn(Assert.Single(await EmailsToAsync(buyer.Email!)));

        Assert.False((await Resets(r => r.ResetAsync(userId, code, "short"))).Succeeded);
        Assert.False((await Resets(r => r.ResetAsync(userId, code[..^4] + "AAAA", "a brand new passphrase"))).Succeeded);
        Assert.True((await Resets(r => r.ResetAsync(userId, code, "a brand new passphrase"))).Succeeded);
        var second = await Resets(r => r.ResetAsync(userId, code, "yet another passphrase"));

        Assert.False(second.Succeeded);
        Assert.Contains("it was used already", string.Join(" ", second.Errors), StringComparison.Ordinal);
        Assert.NotEqual(stampBefore, await StampAsync(buyer.Id));
        Assert.True(await db.InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.CheckPasswordAsync((await users.FindByIdAsync(buyer.Id))!, "a brand new passphrase");
        }));
        Assert.Contains(await EmailsToAsync(buyer.Email!), e => e.TextBody.Contains("was changed just now", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_address_gets_nothing_and_an_account_at_most_three_links_an_hour()
    {
        var buyer = await db.Data.BuyerAsync();
        await Resets(r => r.RequestAsync("nobody-" + buyer.Email));
        Assert.Empty(await EmailsToAsync("nobody-" + buyer.Email));

        for (var i = 0; i < 5; i++)
        {
            await Resets(r => r.RequestAsync(buyer.Email));
        }

        Assert.Equal(PasswordResetService.LinksPerAccountPerHour, (await EmailsToAsync(buyer.Email!)).Count);
        db.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        await Resets(r => r.RequestAsync(buyer.Email));
        Assert.Equal(PasswordResetService.LinksPerAccountPerHour + 1, (await EmailsToAsync(buyer.Email!)).Count);
    }

    private Task<T> Resets<T>(Func<PasswordResetService, Task<T>> action) => db.InScopeAsync(s => action(s.GetRequiredService<PasswordResetService>()));

    private Task Resets(Func<PasswordResetService, Task> action) => db.InScopeAsync(s => action(s.GetRequiredService<PasswordResetService>()));

    private Task<string?> StampAsync(string userId) => db.WithDbAsync(d => d.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());

    private Task<List<OutboxEmail>> EmailsToAsync(string address) =>
        db.WithDbAsync(d => d.OutboxEmails.AsNoTracking().Where(e => e.ToAddress == address).OrderBy(e => e.CreatedAt).ToListAsync());

    private static (string UserId, string Code) LinkIn(OutboxEmail email)
    {
        var match = System.Text.RegularExpressions.Regex.Match(email.TextBody, @"/Identity/Account/ResetPassword\?userId=([^&\s]+)&code=([A-Za-z0-9_-]+)");
        Assert.True(match.Success, email.TextBody);
        return (Uri.UnescapeDataString(match.Groups[1].Value), match.Groups[2].Value);
    }
}
