using System.Text.RegularExpressions;
using DisputeCenter.BrowserTests.Infrastructure;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.BrowserTests;

/// <summary>
/// A moderator's first day, in a real browser against real Kestrel: invited by an administrator, chooses a password,
/// adds the key to an authenticator (the test computes the codes as a phone would), reaches the queue, and signs in
/// again with a code. Every account page on the way passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffAccountBrowserTests(KestrelApp app, ChromiumFixture chromium) : BrowserTest(app, chromium), IClassFixture<KestrelApp>
{
    [Fact]
    public Task An_invited_moderator_sets_a_password_enrols_an_authenticator_and_reaches_the_queue() => InBrowserAsync(async () =>
    {
        var administrator = await App.Data.UserAsync(Roles.Administrator, "Ines Inviter");
        var admin = await NewPageAsync();
        await admin.SignInAsync(administrator.Email!);
        await admin.GotoAsync("/Admin/Moderators");
        var email = $"new-moderator-{Guid.NewGuid():N}@test.example";
        await admin.GetByLabel("Name").FillAsync("Nomsa Newcomer");
        await admin.GetByLabel("Email address").FillAsync(email);
        await ClickAsync(admin, "Send the invitation");
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"We emailed {email} an invitation");
        await Expect(admin.Locator("table.data")).ToContainTextAsync("Invited, not yet accepted");
        await SnapAsync(admin, "admin-moderators-invited");

        await admin.GotoAsync($"/Admin/Accounts?Email={Uri.EscapeDataString(email)}");
        await Expect(admin.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Nomsa Newcomer" })).ToBeVisibleAsync();
        await SnapAsync(admin, "admin-accounts");

        var invitation = await App.Database.WithDbAsync(d => d.OutboxEmails.Where(e => e.ToAddress == email).Select(e => e.TextBody).SingleAsync());
        var moderator = await NewPageAsync();
        await moderator.GotoAsync(Regex.Match(invitation, @"/Identity/Account/AcceptInvitation\?\S+").Value);
        await Expect(moderator.Locator("main")).ToContainTextAsync("Welcome, Nomsa Newcomer.");
        await SnapAsync(moderator, "accept-invitation");
        await moderator.GetByLabel("New password").FillAsync("nomsa's own moderator passphrase");
        await ClickAsync(moderator, "Choose this password");

        await Expect(moderator.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Set up your authenticator app");
        await moderator.WaitForFunctionAsync("() => document.querySelector('img.qr-code').naturalWidth > 100");
        await SnapAsync(moderator, "enable-authenticator");
        var key = (await moderator.Locator("code.authenticator-key").TextContentAsync())!.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        await moderator.GetByLabel("The six-digit code the app shows").FillAsync(TestAuthenticator.Code(key));
        await ClickAsync(moderator, "Turn on two-factor sign-in");

        await Expect(moderator.Locator("ul.recovery-codes li")).ToHaveCountAsync(10);
        await SnapAsync(moderator, "recovery-codes");
        await moderator.GotoAsync("/Moderation");
        await Expect(moderator.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Moderation queue");

        await moderator.GotoAsync("/Identity/Account/Manage");
        await Expect(moderator.Locator("section[aria-labelledby=sessions-heading]")).ToContainTextAsync("Invitation link");
        await SnapAsync(moderator, "account");
        await moderator.GotoAsync("/Identity/Account/Manage/TwoFactor");
        await Expect(moderator.Locator("main")).ToContainTextAsync("Recovery codes left: 10.");
        await SnapAsync(moderator, "account-two-factor");
        foreach (var (path, name) in new[] { ("/Identity/Account/Manage/ChangePassword", "account-change-password"), ("/Identity/Account/Manage/ChangeEmail", "account-change-email") })
        {
            await moderator.GotoAsync(path);
            await SnapAsync(moderator, name);
        }

        await moderator.GotoAsync($"/Identity/Account/ConfirmEmailChange?userId=someone&email={Uri.EscapeDataString("moved@test.example")}&code=AAAA");
        await Expect(moderator.Locator("main")).ToContainTextAsync("Use moved@test.example for your DisputeCenter account from now on?");
        await SnapAsync(moderator, "confirm-email-change");

        await ClickAsync(moderator, "Sign out");
        await moderator.GotoAsync("/Identity/Account/Login");
        await moderator.GetByLabel("Email address").FillAsync(email);
        await moderator.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync("nomsa's own moderator passphrase");
        await ClickAsync(moderator, "Sign in");
        await Expect(moderator.GetByLabel("Code from your authenticator app")).ToBeVisibleAsync();
        await SnapAsync(moderator, "sign-in-second-factor");
        await moderator.GetByLabel("Code from your authenticator app").FillAsync(TestAuthenticator.Code(key));
        await ClickAsync(moderator, "Sign in");
        await Expect(moderator.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" })).ToBeVisibleAsync();
        await moderator.GotoAsync("/Moderation");
        await Expect(moderator.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Moderation queue");
    });
}
