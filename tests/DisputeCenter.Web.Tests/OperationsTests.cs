using System.Net;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;

namespace DisputeCenter.Web.Tests;

public sealed class OperationsTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string url)
    {
        using var client = app.Browser();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_address_gets_a_friendly_404_page()
    {
        using var client = app.Browser();

        var response = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("We can't find that page", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_administrator_creates_a_moderator_who_can_then_sign_in()
    {
        var admin = await app.Data.UserAsync(Roles.Administrator, "Admin");
        using var client = app.Browser();
        await client.SignInAsync(admin.Email!, TestData.Password);
        var email = $"mod-{Guid.NewGuid():N}@test.example";

        var created = await client.SubmitAsync("/Admin/Moderators", "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Fresh Moderator",
            ["Input.Email"] = email,
            ["Input.Password"] = "moderator first passphrase",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await client.GetDocumentAsync("/Admin/Moderators");
        Assert.Contains(email, list.QuerySelector("table.data")!.TextContent, StringComparison.Ordinal);
        using var moderator = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SignInAsync(email, "moderator first passphrase")).StatusCode);
    }
}
