using System.Net;
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
}
