using System.Net;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Web.Tests;

public sealed class AccountTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    [Fact]
    public async Task Signing_in_with_the_right_password_sets_a_safe_cookie_and_redirects()
    {
        var buyer = await app.Data.BuyerAsync();
        using var client = app.Browser();

        var response = await client.SignInAsync(buyer.Email!, TestData.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-DisputeCenter.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Orders")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_says_so_on_the_form()
    {
        var buyer = await app.Data.BuyerAsync();
        using var client = app.Browser();

        var response = await client.SignInAsync(buyer.Email!, "not the password at all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("The email address or password is not right.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Orders")).StatusCode);
    }

    [Theory]
    [InlineData("/Orders")]
    [InlineData("/Seller/Orders")]
    [InlineData("/Admin/Moderators")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var client = app.Browser();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_sends_a_confirmation_link_and_until_it_is_opened_the_account_sees_only_the_page_that_says_so()
    {
        using var client = app.Browser();
        var email = $"new-{Guid.NewGuid():N}@test.example";

        var response = await Register(client, email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Identity/Account/CheckEmail", response.Headers.Location!.OriginalString);
        var told = (await client.GetDocumentAsync("/Identity/Account/CheckEmail")).QuerySelector("main")!.TextContent;
        Assert.Contains($"We sent an email to {email}.", told, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Orders")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, "a passphrase of words")).StatusCode);
        var kept = await client.GetAsync("/Orders");
        Assert.Equal("/Identity/Account/ConfirmEmail", kept.Headers.Location!.OriginalString);
        var waiting = await client.GetDocumentAsync("/Identity/Account/ConfirmEmail");
        Assert.Contains($"confirm that {email} is yours", waiting.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var again = await client.SubmitAsync("/Identity/Account/ConfirmEmail", "main form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var links = await ConfirmationLinksAsync(email);
        Assert.Equal(2, links.Count);

        var confirmed = await client.GetDocumentAsync(links[0]);

        Assert.Contains("Your email address is confirmed", confirmed.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Orders")).StatusCode);
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_reads_the_same_and_tells_its_owner()
    {
        var buyer = await app.Data.BuyerAsync();
        using var stranger = app.Browser();

        var response = await Register(stranger, buyer.Email!);

        Assert.Equal("/Identity/Account/CheckEmail", response.Headers.Location!.OriginalString);
        Assert.Contains($"We sent an email to {buyer.Email}.", (await stranger.GetDocumentAsync("/Identity/Account/CheckEmail")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var told = await app.Database.WithDbAsync(d => d.OutboxEmails.Where(e => e.ToAddress == buyer.Email).Select(e => e.TextBody).ToListAsync());
        Assert.Contains(told, body => body.Contains("already has one", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/Orders")).StatusCode);
        Assert.Equal(1, await app.Database.WithDbAsync(d => d.Users.CountAsync(u => u.Email == buyer.Email)));
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_by_a_single_use_link_that_ends_every_other_session()
    {
        var buyer = await app.Data.BuyerAsync();
        using var otherSession = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await otherSession.SignInAsync(buyer.Email!, TestData.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await otherSession.GetAsync("/Orders")).StatusCode);
        using var client = app.Browser();
        Assert.NotNull((await client.GetDocumentAsync("/Identity/Account/Login")).QuerySelector("a[href='/Identity/Account/ForgotPassword']"));

        var unknown = await (await client.SubmitAsync("/Identity/Account/ForgotPassword", "main form", new Dictionary<string, string> { ["Email"] = "nobody-" + buyer.Email })).ParseAsync();
        var known = await (await client.SubmitAsync("/Identity/Account/ForgotPassword", "main form", new Dictionary<string, string> { ["Email"] = buyer.Email! })).ParseAsync();
        Assert.Equal(
            unknown.QuerySelector("[role=status]")!.TextContent.Replace("nobody-", string.Empty, StringComparison.Ordinal),
            known.QuerySelector("[role=status]")!.TextContent);
        Assert.Empty(await EmailsToAsync("nobody-" + buyer.Email));
        var link = System.Text.RegularExpressions.Regex.Match(Assert.Single(await EmailsToAsync(buyer.Email!)), @"/Identity/Account/ResetPassword\?\S+").Value;

        var tooShort = await (await client.SubmitAsync(link, "main form", new Dictionary<string, string> { ["NewPassword"] = "short" })).ParseAsync();
        Assert.Contains("Use at least 12 characters", tooShort.QuerySelector("[data-valmsg-for='NewPassword']")!.TextContent, StringComparison.Ordinal);
        var done = await (await client.SubmitAsync(link, "main form", new Dictionary<string, string> { ["NewPassword"] = "a brand new passphrase" })).ParseAsync();
        Assert.Contains("Your password is changed", done.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        // The other session's stamp is checked again within SecurityStampInterval; then its cookie no longer works.
        app.Clock.Advance(Startup.WebServiceCollectionExtensions.SecurityStampInterval + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Redirect, (await otherSession.GetAsync("/Orders")).StatusCode);
        var again = await (await client.SubmitAsync(link, "main form", new Dictionary<string, string> { ["NewPassword"] = "yet another passphrase" })).ParseAsync();
        Assert.Contains("it was used already, or it has expired", again.QuerySelector("[data-valmsg-for='NewPassword']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(buyer.Email!, TestData.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(buyer.Email!, "a brand new passphrase")).StatusCode);
        Assert.Contains(await EmailsToAsync(buyer.Email!), body => body.Contains("was changed just now", StringComparison.Ordinal));
    }

    private Task<List<string>> EmailsToAsync(string address) =>
        app.Database.WithDbAsync(d => d.OutboxEmails.Where(e => e.ToAddress == address).OrderBy(e => e.CreatedAt).Select(e => e.TextBody).ToListAsync());

    private static Task<HttpResponseMessage> Register(HttpClient client, string email) =>
        client.SubmitAsync("/Identity/Account/Register", "main form", new Dictionary<string, string>
        {
            ["Input.AccountType"] = "Buyer",
            ["Input.DisplayName"] = "New Buyer",
            ["Input.Email"] = email,
            ["Input.Password"] = "a passphrase of words",
        });

    private async Task<List<string>> ConfirmationLinksAsync(string email)
    {
        var bodies = await app.Database.WithDbAsync(d => d.OutboxEmails.Where(e => e.ToAddress == email).OrderBy(e => e.CreatedAt).Select(e => e.TextBody).ToListAsync());
        return bodies.Select(b => System.Text.RegularExpressions.Regex.Match(b, @"/Identity/Account/ConfirmEmail\?\S+").Value).Where(l => l.Length > 0).ToList();
    }

    [Fact]
    public async Task A_short_password_is_refused_on_the_form_and_nothing_is_created()
    {
        using var client = app.Browser();
        var email = $"short-{Guid.NewGuid():N}@test.example";

        var response = await client.SubmitAsync("/Identity/Account/Register", "main form", new Dictionary<string, string>
        {
            ["Input.AccountType"] = "Buyer",
            ["Input.DisplayName"] = "Short",
            ["Input.Email"] = email,
            ["Input.Password"] = "short",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("at least 12 characters", page.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(email, "short")).StatusCode);
    }

    [Fact]
    public async Task A_buyer_cannot_open_the_seller_or_admin_areas()
    {
        var buyer = await app.Data.BuyerAsync();
        using var client = app.Browser();
        await client.SignInAsync(buyer.Email!, TestData.Password);

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Seller/Orders")).StatusCode);
        var denied = await client.GetAsync("/Admin/Moderators");
        Assert.Contains("/Identity/Account/AccessDenied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
