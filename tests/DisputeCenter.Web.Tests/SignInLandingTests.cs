using System.Net;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;

namespace DisputeCenter.Web.Tests;

/// <summary>After signing in, each role lands on its own start page, unless the sign-in was asked for by a page.</summary>
public sealed class SignInLandingTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    [Theory]
    [InlineData(Roles.Buyer, "/Orders")]
    [InlineData(Roles.Seller, "/Seller")]
    [InlineData(Roles.Moderator, "/Moderation")]
    [InlineData(Roles.Administrator, "/Admin/Moderators")]
    public async Task Each_role_lands_on_its_own_start_page(string role, string startPage)
    {
        var user = role == Roles.Seller ? (await app.Data.SellerAsync()).User : await app.Data.UserAsync(role, "Landing " + role);
        using var client = app.Browser();

        // Staff answer the second-factor step; the landing is that step's redirect.
        var signedIn = await client.SignInAsync(user.Email!, TestData.Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(startPage, signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(startPage)).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Buyer)]
    [InlineData(Roles.Moderator)]
    public async Task A_return_url_wins_over_the_start_page(string role)
    {
        var user = await app.Data.UserAsync(role, "Returning " + role);
        using var client = app.Browser();
        var challenge = await client.GetAsync("/Notifications");
        var login = challenge.Headers.Location!.PathAndQuery;
        Assert.Contains("ReturnUrl=%2FNotifications", login, StringComparison.Ordinal);

        var signedIn = await client.SubmitAsync(login, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email!,
            ["Input.Password"] = TestData.Password,
        });
        if (signedIn.Headers.Location!.OriginalString.Contains("LoginWith2fa", StringComparison.Ordinal))
        {
            signedIn = await client.SubmitAsync(signedIn.Headers.Location.OriginalString, "main form", new Dictionary<string, string> { ["Code"] = TestAuthenticator.Code() });
        }

        Assert.Equal("/Notifications", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored_for_the_start_page()
    {
        var buyer = await app.Data.BuyerAsync();
        using var client = app.Browser();

        var signedIn = await client.SubmitAsync("/Identity/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = buyer.Email!,
            ["Input.Password"] = TestData.Password,
        });

        Assert.Equal("/Orders", signedIn.Headers.Location!.OriginalString);
    }
}
