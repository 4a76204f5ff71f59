using System.Net;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;

namespace DisputeCenter.Web.Tests.Api;

public sealed class IntegrationPagesTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    [Fact]
    public async Task An_administrator_makes_a_client_whose_key_is_shown_once_and_works()
    {
        var admin = await app.Data.UserAsync(Roles.Administrator, "Integrations Admin");
        using var browser = app.Browser();
        await browser.SignInAsync(admin.Email!, TestData.Password);

        var made = await browser.SubmitAsync("/Admin/Integrations", "#new-client-form", new Dictionary<string, string>
        {
            ["Name"] = "Back office",
            ["Scopes"] = "disputes:read",
        });
        var page = await made.ParseAsync();
        var key = page.QuerySelector("[data-testid=issued-key]")!.TextContent.Trim();
        var again = await browser.GetDocumentAsync("/Admin/Integrations");

        Assert.StartsWith("dck_", key, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("[data-testid=issued-key]"));
        Assert.DoesNotContain(key, again.Body!.OuterHtml, StringComparison.Ordinal);
        using var api = app.ApiClient(key);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/disputes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostJsonAsync("/api/v1/buyers", new { })).StatusCode);
    }

    [Fact]
    public async Task A_client_without_a_name_or_scope_is_refused_on_the_form()
    {
        var admin = await app.Data.UserAsync(Roles.Administrator, "Careless Admin");
        using var browser = app.Browser();
        await browser.SignInAsync(admin.Email!, TestData.Password);

        var refused = await browser.SubmitAsync("/Admin/Integrations", "#new-client-form", new Dictionary<string, string> { ["Name"] = "" });
        var page = await refused.ParseAsync();

        Assert.Contains("Give the client a name", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Choose at least one scope.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=issued-key]"));
    }

    [Fact]
    public async Task A_seller_makes_a_key_limited_to_their_claims_and_a_buyer_cannot()
    {
        var filed = await app.Database.FileAsync(sellerName: "Keyed Supplies");
        using var seller = app.Browser();
        await seller.SignInAsync(filed.SellerUser.Email!, TestData.Password);
        using var buyer = app.Browser();
        await buyer.SignInAsync(filed.Buyer.Email!, TestData.Password);

        var made = await seller.SubmitAsync("/Seller/Integrations", "#new-client-form", new Dictionary<string, string> { ["Name"] = "My ERP" });
        var key = (await made.ParseAsync()).QuerySelector("[data-testid=issued-key]")!.TextContent.Trim();
        using var api = app.ApiClient(key);
        var list = await (await api.GetAsync("/api/v1/disputes")).JsonAsync();

        Assert.Equal(filed.DisputeId, Assert.Single(list.GetProperty("data").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.NotEqual(HttpStatusCode.OK, (await buyer.GetAsync("/Seller/Integrations")).StatusCode);
    }
}
