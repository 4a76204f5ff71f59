using System.Net;
using System.Text.RegularExpressions;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Accounts.TwoFactor;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

/// <summary>
/// Moderators are invited and choose their own password; staff cannot reach a case without a second factor; the second
/// factor is an authenticator code or a single-use recovery code, and a browser can be remembered for it.
/// </summary>
public sealed class StaffAccountTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    [Fact]
    public async Task An_invited_moderator_chooses_a_password_sets_up_the_authenticator_and_only_then_reaches_the_queue()
    {
        using var admin = app.Browser();
        await admin.SignInAsync((await app.Data.UserAsync(Roles.Administrator, "Inviting Admin")).Email!, TestData.Password);
        var email = $"invitee-{Guid.NewGuid():N}@test.example";

        var invited = await admin.SubmitAsync("/Admin/Moderators", "section[aria-labelledby=new-moderator] form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ines Invitee",
            ["Input.Email"] = email,
        });

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Contains("Invited, not yet accepted", (await admin.GetDocumentAsync("/Admin/Moderators")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var invitee = app.Browser();
        Assert.Equal(HttpStatusCode.OK, (await invitee.SignInAsync(email, TestData.Password)).StatusCode);
        var link = Regex.Match(Assert.Single(await EmailsToAsync(email)), @"/Identity/Account/AcceptInvitation\?\S+").Value;

        var accepted = await invitee.SubmitAsync(link, "main form", new Dictionary<string, string> { ["NewPassword"] = "my very own moderator passphrase" });

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var queue = await invitee.GetAsync("/Moderation");
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.Equal(TwoFactorService.EnrolPath, queue.Headers.Location!.OriginalString);
        var enrol = await invitee.GetDocumentAsync(TwoFactorService.EnrolPath);
        var key = enrol.QuerySelector("code.authenticator-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var qr = await invitee.GetAsync(TwoFactorService.EnrolPath + "?handler=QrCode");
        Assert.Equal("image/png", qr.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await invitee.SubmitAsync(TwoFactorService.EnrolPath, "main form", new Dictionary<string, string> { ["Code"] = "000000" })).StatusCode);

        var enabled = await invitee.SubmitAsync(TwoFactorService.EnrolPath, "main form", new Dictionary<string, string> { ["Code"] = TestAuthenticator.Code(key) });

        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        var codes = await invitee.GetDocumentAsync(enabled.Headers.Location!.OriginalString);
        Assert.Equal(TwoFactorService.RecoveryCodeCount, codes.QuerySelectorAll("ul.recovery-codes li").Length);
        Assert.Equal(HttpStatusCode.OK, (await invitee.GetAsync("/Moderation")).StatusCode);

        // The link worked once; the password is the invitee's alone.
        var again = await app.Browser().GetDocumentAsync(link);
        Assert.Contains("This invitation link is not valid", again.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        using var later = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await later.SignInAsync(email, "my very own moderator passphrase", key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/Moderation")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Moderator, "/Moderation")]
    [InlineData(Roles.Moderator, "/Moderation/Appeals")]
    [InlineData(Roles.Administrator, "/Admin/Moderators")]
    [InlineData(Roles.Administrator, "/Admin/AuditTrail")]
    public async Task Staff_without_a_second_factor_are_sent_to_set_one_up_and_never_see_a_staff_page(string role, string url)
    {
        var user = await app.Data.UserAsync(role, "No Second Factor", secondFactor: false);
        using var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(user.Email!, TestData.Password)).StatusCode);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TwoFactorService.EnrolPath, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(TwoFactorService.EnrolPath)).StatusCode);
    }

    [Fact]
    public async Task A_moderator_cannot_sign_in_with_the_password_alone_and_a_wrong_code_is_refused()
    {
        var moderator = await app.Data.ModeratorAsync();
        using var client = app.Browser();

        var refused = await client.SignInAsync(moderator.Email!, TestData.Password, authenticatorKey: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("That code is not right", (await refused.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var queue = await client.GetAsync("/Moderation");
        Assert.Contains("/Identity/Account/Login", queue.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var moderator = await app.Data.ModeratorAsync();
        var codes = await app.Database.InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<ApplicationUser>>();
            return (await s.GetRequiredService<TwoFactorService>().NewRecoveryCodesAsync((await users.FindByIdAsync(moderator.Id))!)).Value!;
        });

        using var first = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await RecoverAsync(first, moderator.Email!, codes[0].ToLowerInvariant())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/Moderation")).StatusCode);

        using var second = app.Browser();
        var reused = await RecoverAsync(second, moderator.Email!, codes[0]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("That recovery code is not right, or it was used already.", (await reused.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await RecoverAsync(second, moderator.Email!, codes[1])).StatusCode);
    }

    [Fact]
    public async Task A_remembered_browser_is_not_asked_for_a_code_again_and_a_forgotten_one_is()
    {
        var moderator = await app.Data.ModeratorAsync();
        using var client = app.Browser();
        var password = await PasswordStepAsync(client, moderator.Email!);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(password.Headers.Location!.OriginalString, "main form", new Dictionary<string, string>
        {
            ["Code"] = TestAuthenticator.Code(),
            ["RememberBrowser"] = "true",
        })).StatusCode);
        await client.SubmitAsync("/Identity/Account/Logout", "main form", new Dictionary<string, string>());

        var remembered = await PasswordStepAsync(client, moderator.Email!);

        Assert.Equal("/Moderation", remembered.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/Identity/Account/Manage/TwoFactor", "form[action*='handler=ForgetBrowser']", new Dictionary<string, string>())).StatusCode);
        await client.SubmitAsync("/Identity/Account/Logout", "main form", new Dictionary<string, string>());
        Assert.Contains("LoginWith2fa", (await PasswordStepAsync(client, moderator.Email!)).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderator_cannot_switch_two_factor_sign_in_off_and_a_buyer_can()
    {
        var moderator = await app.Data.ModeratorAsync();
        using var staff = app.Browser();
        await staff.SignInAsync(moderator.Email!, TestData.Password);
        var disable = await staff.GetDocumentAsync("/Identity/Account/Manage/TwoFactor");
        Assert.Null(disable.QuerySelector("form[action*='handler=Disable']"));
        var forced = await staff.PostAsync("/Identity/Account/Manage/TwoFactor?handler=Disable", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ((AngleSharp.Html.Dom.IHtmlInputElement)disable.QuerySelector("input[name=__RequestVerificationToken]")!).Value,
        }));
        Assert.Contains("must keep two-factor sign-in on", (await forced.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(await TwoFactorOnAsync(moderator.Id));

        var buyer = await app.Data.BuyerAsync();
        await app.Database.InScopeAsync(async s => await s.GetRequiredService<TwoFactorService>().EnrolWithKeyAsync(
            (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(buyer.Id))!, TestAuthenticator.Key));
        using var client = app.Browser();
        await client.SignInAsync(buyer.Email!, TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/Identity/Account/Manage/TwoFactor", "form[action*='handler=Disable']", new Dictionary<string, string>())).StatusCode);
        Assert.False(await TwoFactorOnAsync(buyer.Id));
    }

    private static Task<HttpResponseMessage> PasswordStepAsync(HttpClient client, string email) =>
        client.SubmitAsync("/Identity/Account/Login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = TestData.Password,
        });

    private static async Task<HttpResponseMessage> RecoverAsync(HttpClient client, string email, string code)
    {
        var password = await PasswordStepAsync(client, email);
        return await client.SubmitAsync(password.Headers.Location!.OriginalString + "&RecoveryCode=true", "main form", new Dictionary<string, string> { ["Code"] = code });
    }

    private Task<bool> TwoFactorOnAsync(string userId) => app.Database.WithDbAsync(d => d.Users.Where(u => u.Id == userId).Select(u => u.TwoFactorEnabled).SingleAsync());

    private Task<List<string>> EmailsToAsync(string address) =>
        app.Database.WithDbAsync(d => d.OutboxEmails.Where(e => e.ToAddress == address).OrderBy(e => e.CreatedAt).Select(e => e.TextBody).ToListAsync());
}
