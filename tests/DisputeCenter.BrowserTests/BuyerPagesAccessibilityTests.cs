using DisputeCenter.BrowserTests.Infrastructure;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.BrowserTests;

/// <summary>The buyer's pages the journey does not pass through, and the main ones in Afrikaans: no serious or critical axe violation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BuyerPagesAccessibilityTests(KestrelApp app, ChromiumFixture chromium) : BrowserTest(app, chromium), IClassFixture<KestrelApp>
{
    [Fact]
    public Task The_buyers_other_pages_and_the_main_ones_in_Afrikaans_have_no_serious_accessibility_violation() => InBrowserAsync(async () =>
    {
        var filed = await App.Database.FileAsync();
        var counter = await App.Database.InScopeAsync(s => s.GetRequiredService<NegotiationService>()
            .CounterAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), Remedy.PartialRefund, 40m, "Keep them, 40 back."));
        Assert.True(counter.Succeeded);
        var page = await NewPageAsync();

        foreach (var (url, heading) in new[] { ("/", "Something wrong with an order?"), ("/Identity/Account/Login", "Sign in"), ("/Identity/Account/Register", "Create an account"), ("/No/Such/Page", "We can't find that page") })
        {
            await page.GotoAsync(url);
            await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
            await page.AssertNoSeriousAccessibilityViolationsAsync();
        }

        await page.SignInAsync(filed.Buyer.Email!);
        await page.GotoAsync("/Notifications");
        await Expect(page.Locator("ol.notifications > li")).ToHaveCountAsync(1);
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await page.GotoAsync("/Moderation");
        await Expect(page.Locator("h1")).ToHaveTextAsync("This page is not for your account");
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.Locator(".preferences-menu > summary").ClickAsync();
        await page.GetByLabel("Language", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync("af-ZA");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "af-ZA");
        foreach (var url in new[] { "/", "/Orders", $"/Orders/{filed.Order.Id}", "/Disputes", $"/Disputes/{filed.DisputeId}", $"/Disputes/{filed.DisputeId}/Evidence", "/Notifications" })
        {
            await page.GotoAsync(url);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "af-ZA");
            await page.AssertNoSeriousAccessibilityViolationsAsync();
        }
    });
}
