using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Accounts.PasswordReset;
using DisputeCenter.Services.Accounts.Sessions;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Testing;
using DisputeCenter.Web.Startup;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

/// <summary>
/// A session ends for real: a copy of its cookie is refused after sign-out, after a password reset or change and after
/// an administrator ends the account's sessions, and no session outlives its absolute lifetime however busy it is.
/// The account page lists the sign-ins, changes the password and the address, and hands out the account's data.
/// </summary>
public sealed class SessionTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private static readonly TimeSpan PastCheck = WebServiceCollectionExtensions.SecurityStampInterval + TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_copy_of_the_cookie_is_refused_once_its_session_signs_out_and_other_sessions_go_on()
    {
        var buyer = await app.Data.BuyerAsync();
        using var client = app.Browser();
        using var other = app.Browser();
        var copy = CookieOf(await client.SignInAsync(buyer.Email!, TestData.Password));
        await other.SignInAsync(buyer.Email!, TestData.Password);
        using var thief = WithCookie(copy);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/Orders")).StatusCode);

        await client.SubmitAsync("/Identity/Account/Logout", "main form", new Dictionary<string, string>());
        app.Clock.Advance(PastCheck);

        Assert.Contains("/Identity/Account/Login", (await thief.GetAsync("/Orders")).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/Orders")).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_ends_every_session_of_the_account()
    {
        var buyer = await app.Data.BuyerAsync();
        using var signedIn = WithCookie(CookieOf(await app.Browser().SignInAsync(buyer.Email!, TestData.Password)));
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/Orders")).StatusCode);
        await app.Database.InScopeAsync(s => s.GetRequiredService<PasswordResetService>().RequestAsync(buyer.Email));
        var link = Regex.Match(await LatestEmailToAsync(buyer.Email!), @"userId=([^&\s]+)&code=([A-Za-z0-9_-]+)");

        await app.Database.InScopeAsync(s => s.GetRequiredService<PasswordResetService>().ResetAsync(
            Uri.UnescapeDataString(link.Groups[1].Value), link.Groups[2].Value, "a brand new passphrase"));
        app.Clock.Advance(PastCheck);

        Assert.Contains("/Identity/Account/Login", (await signedIn.GetAsync("/Orders")).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_session_outlives_its_absolute_lifetime_however_busy()
    {
        var buyer = await app.Data.BuyerAsync();
        using var client = app.Browser();
        await client.SignInAsync(buyer.Email!, TestData.Password);
        var lifetime = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountSessionOptions>>().Value.AbsoluteLifetime;
        var step = TimeSpan.FromHours(5);
        var used = TimeSpan.Zero;
        while (used + step < lifetime)
        {
            app.Clock.Advance(step);
            used += step;
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Orders")).StatusCode);
        }

        app.Clock.Advance(step);

        Assert.Contains("/Identity/Account/Login", (await client.GetAsync("/Orders")).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_ends_every_session_of_an_account()
    {
        var seller = await app.Data.SellerAsync("Session Supplies Ltd");
        using var sellerClient = app.Browser();
        await sellerClient.SignInAsync(seller.User.Email!, TestData.Password);
        using var admin = app.Browser();
        await admin.SignInAsync((await app.Data.UserAsync(Roles.Administrator, "Session Admin")).Email!, TestData.Password);

        var found = await admin.GetDocumentAsync($"/Admin/Accounts?Email={Uri.EscapeDataString(seller.User.Email!)}");
        Assert.Contains(seller.User.DisplayName, found.QuerySelector("#account-heading")!.TextContent, StringComparison.Ordinal);
        var ended = await admin.SubmitAsync($"/Admin/Accounts?Email={Uri.EscapeDataString(seller.User.Email!)}", "form[action*='handler=EndSessions']", new Dictionary<string, string>());
        app.Clock.Advance(PastCheck);

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/Identity/Account/Login", (await sellerClient.GetAsync("/Seller/Orders")).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Accounts")).StatusCode);
    }

    [Fact]
    public async Task The_account_page_lists_this_sign_in_and_signs_out_another_one()
    {
        var buyer = await app.Data.BuyerAsync();
        using var phone = app.Browser();
        await phone.SignInAsync(buyer.Email!, TestData.Password);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        using var laptop = app.Browser();
        await laptop.SignInAsync(buyer.Email!, TestData.Password);

        var page = await laptop.GetDocumentAsync("/Identity/Account/Manage");

        var rows = page.QuerySelectorAll("section[aria-labelledby=sessions-heading] tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Single(rows, row => row.TextContent.Contains("This session", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.SubmitAsync("/Identity/Account/Manage", "form[action*='handler=EndSession']", new Dictionary<string, string>())).StatusCode);
        app.Clock.Advance(PastCheck);
        Assert.Contains("/Identity/Account/Login", (await phone.GetAsync("/Orders")).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/Orders")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_keeps_this_session_and_ends_the_others()
    {
        var buyer = await app.Data.BuyerAsync();
        using var client = app.Browser();
        await client.SignInAsync(buyer.Email!, TestData.Password);
        using var other = app.Browser();
        await other.SignInAsync(buyer.Email!, TestData.Password);

        var wrong = await client.SubmitAsync("/Identity/Account/Manage/ChangePassword", "main form", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not my password at all",
            ["NewPassword"] = "a changed passphrase here",
        });
        Assert.Contains("Your current password is not right.", (await wrong.ParseAsync()).QuerySelector("#CurrentPassword-error")!.TextContent, StringComparison.Ordinal);

        var changed = await client.SubmitAsync("/Identity/Account/Manage/ChangePassword", "main form", new Dictionary<string, string>
        {
            ["CurrentPassword"] = TestData.Password,
            ["NewPassword"] = "a changed passphrase here",
        });
        app.Clock.Advance(PastCheck);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Orders")).StatusCode);
        Assert.Contains("/Identity/Account/Login", (await other.GetAsync("/Orders")).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("was changed just now", await LatestEmailToAsync(buyer.Email!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_email_address_takes_over_only_from_its_own_link_once()
    {
        var buyer = await app.Data.BuyerAsync();
        using var client = app.Browser();
        await client.SignInAsync(buyer.Email!, TestData.Password);
        var newEmail = $"moved-{Guid.NewGuid():N}@test.example";

        var asked = await client.SubmitAsync("/Identity/Account/Manage/ChangeEmail", "main form", new Dictionary<string, string>
        {
            ["NewEmail"] = newEmail,
            ["CurrentPassword"] = TestData.Password,
        });

        Assert.Contains(newEmail, (await asked.ParseAsync()).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(buyer.Email, await EmailOfAsync(buyer.Id));
        var link = Regex.Match(await LatestEmailToAsync(newEmail), @"/Identity/Account/ConfirmEmailChange\?\S+").Value;
        using var elsewhere = app.Browser();
        var confirmed = await elsewhere.SubmitAsync(link, "main form", new Dictionary<string, string>());
        Assert.Contains(newEmail, (await confirmed.ParseAsync()).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(newEmail, await EmailOfAsync(buyer.Id));
        Assert.Contains(newEmail, await LatestEmailToAsync(buyer.Email!), StringComparison.Ordinal);
        var again = await elsewhere.SubmitAsync(link, "main form", new Dictionary<string, string>());
        Assert.Contains("not valid", (await again.ParseAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        using var signIn = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await signIn.SignInAsync(newEmail, TestData.Password)).StatusCode);
    }

    [Fact]
    public async Task Download_my_data_is_a_json_file_of_the_accounts_own_orders()
    {
        var filed = await app.Database.FileAsync();
        using var client = app.Browser();
        await client.SignInAsync(filed.Buyer.Email!, TestData.Password);

        var download = await client.SubmitAsync("/Identity/Account/Manage", "form[action*='handler=Download']", new Dictionary<string, string>());

        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", download.Content.Headers.ContentDisposition?.DispositionType ?? download.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        Assert.Equal(filed.Buyer.Email, json.RootElement.GetProperty("account").GetProperty("email").GetString());
        Assert.Contains(json.RootElement.GetProperty("disputes").EnumerateArray(), d => d.GetProperty("id").GetGuid() == filed.DisputeId);
    }

    private static string CookieOf(HttpResponseMessage signedIn) =>
        signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("__Host-DisputeCenter.Auth=", StringComparison.Ordinal));

    private HttpClient WithCookie(string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = DisputeCenterApp.SiteAddress });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private Task<string?> EmailOfAsync(string userId) => app.Database.WithDbAsync(d => d.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync());

    private Task<string> LatestEmailToAsync(string address) =>
        app.Database.WithDbAsync(d => d.OutboxEmails.Where(e => e.ToAddress == address).OrderByDescending(e => e.CreatedAt).Select(e => e.TextBody).FirstAsync());
}
