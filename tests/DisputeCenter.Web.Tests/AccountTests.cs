using System.Net;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;

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
    public async Task Registering_as_a_buyer_signs_in_and_opens_my_orders()
    {
        using var client = app.Browser();
        var email = $"new-{Guid.NewGuid():N}@test.example";

        var response = await client.SubmitAsync("/Identity/Account/Register", "main form", new Dictionary<string, string>
        {
            ["Input.AccountType"] = "Buyer",
            ["Input.DisplayName"] = "New Buyer",
            ["Input.Email"] = email,
            ["Input.Password"] = "a passphrase of words",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Orders", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Orders")).StatusCode);
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
