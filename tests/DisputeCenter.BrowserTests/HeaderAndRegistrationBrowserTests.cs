using DisputeCenter.BrowserTests.Infrastructure;
using DisputeCenter.Services.Accounts;

namespace DisputeCenter.BrowserTests;

/// <summary>What a new user meets first: the header's language and time zone menu, and the registration form.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HeaderAndRegistrationBrowserTests(KestrelApp app, ChromiumFixture chromium) : BrowserTest(app, chromium), IClassFixture<KestrelApp>
{
    private readonly ChromiumFixture _chromium = chromium;

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("The element is not shown.");

    [Theory]
    [InlineData(1280, 800, false)]
    [InlineData(390, 844, true)]
    public Task The_language_and_time_zone_menu_is_one_short_line_that_opens_to_working_controls(int width, int height, bool phone) => InBrowserAsync(async () =>
    {
        var buyer = await App.Data.BuyerAsync("Amara Buyer");
        var page = await NewPageAsync(width, height, phone);
        await page.GotoAsync("/Identity/Account/Login");
        // The form used to stand in the header at full width: 150-200 px above every page's content.
        Assert.True((await BoxAsync(page.Locator(".site-header"))).Height <= (phone ? 120 : 80), "The header is one line (two on a phone).");
        await page.SignInAsync(buyer.Email!);
        await page.GotoAsync("/Disputes");

        var menu = page.Locator(".preferences-menu");
        var language = page.GetByLabel("Language", new PageGetByLabelOptions { Exact = true });
        Assert.True((await BoxAsync(menu)).Height <= 40, "The closed menu takes one short line.");
        await Expect(language).ToBeHiddenAsync();

        await page.Locator(".preferences-menu > summary").ClickAsync();

        var inView = new LocatorAssertionsToBeInViewportOptions { Ratio = 1 };
        await Expect(language).ToBeInViewportAsync(inView);
        await Expect(page.GetByLabel("Time zone", new PageGetByLabelOptions { Exact = true })).ToBeInViewportAsync(inView);
        var apply = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply", Exact = true });
        await Expect(apply).ToBeInViewportAsync(inView);
        Assert.True((await BoxAsync(apply)).Height >= 30, "Apply looks like a button.");
        Assert.Equal(0, await page.HorizontalOverflowAsync());

        await language.SelectOptionAsync("af-ZA");
        await page.GetByLabel("Time zone", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync("Africa/Johannesburg");
        await apply.ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "af-ZA");
        Assert.EndsWith("/Disputes", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator(".preferences-menu > summary")).ToContainTextAsync("Afrikaans · Africa/Johannesburg");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    });

    [Fact]
    public Task Without_script_the_menu_still_opens_and_applies() => InBrowserAsync(async () =>
    {
        await using var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.Address.ToString(),
            IgnoreHTTPSErrors = true,
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Identity/Account/Login");

        await page.Locator(".preferences-menu > summary").ClickAsync();
        await page.GetByLabel("Language", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync("af-ZA");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply", Exact = true }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "af-ZA");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Meld aan");
    });

    [Fact]
    public Task The_seller_fields_show_only_for_sellers_and_never_hide_what_was_typed() => InBrowserAsync(async () =>
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Identity/Account/Register");
        var profile = page.Locator("#seller-profile");
        var businessName = page.GetByLabel("Business name");

        await Expect(page.GetByLabel("buy: track my orders and open disputes")).ToBeCheckedAsync();
        await Expect(profile).ToBeHiddenAsync();

        await page.GetByLabel("sell: answer claims about orders placed with me").CheckAsync();
        await Expect(profile).ToBeVisibleAsync();
        var phone = await BoxAsync(page.GetByLabel("Contact phone"));
        Assert.Equal((await BoxAsync(businessName)).Width, phone.Width, 1);
        Assert.True(phone.Height >= 36, "The phone field is styled like the others.");

        await businessName.FillAsync("Karoo Pumps");
        await page.GetByLabel("buy: track my orders and open disputes").CheckAsync();
        await Expect(profile).ToBeVisibleAsync();

        await page.GetByLabel("Your name").FillAsync("Nomsa Buyer");
        await page.GetByLabel("Email address").FillAsync($"nomsa-{Guid.NewGuid():N}@test.example");
        await page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync("a passphrase of words");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create account" }).ClickAsync();

        await Expect(page.Locator(".error-summary")).ToContainTextAsync("You chose to buy, but filled in the sellers' supplier profile.");
        await Expect(profile).ToBeVisibleAsync();
        await Expect(businessName).ToHaveValueAsync("Karoo Pumps");

        await businessName.FillAsync(string.Empty);
        await page.GetByLabel("sell: answer claims about orders placed with me").CheckAsync();
        await page.GetByLabel("buy: track my orders and open disputes").CheckAsync();
        await Expect(profile).ToBeHiddenAsync();
    });

    [Fact]
    public Task Without_script_the_seller_fields_stay_on_the_form_marked_for_sellers() => InBrowserAsync(async () =>
    {
        await using var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.Address.ToString(),
            IgnoreHTTPSErrors = true,
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/Identity/Account/Register");

        await Expect(page.Locator("#seller-profile")).ToBeVisibleAsync();
        await Expect(page.Locator("#seller-profile legend")).ToHaveTextAsync("Sellers only: your supplier profile");
    });

    [Theory]
    [InlineData(Roles.Buyer, "/Orders", "My orders")]
    [InlineData(Roles.Moderator, "/Moderation", "Moderation queue")]
    public Task Signing_in_lands_on_the_roles_start_page(string role, string path, string heading) => InBrowserAsync(async () =>
    {
        var user = await App.Data.UserAsync(role, "Start " + role);
        var page = await NewPageAsync();

        await page.SignInAsync(user.Email!);

        Assert.EndsWith(path, page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
    });
}
