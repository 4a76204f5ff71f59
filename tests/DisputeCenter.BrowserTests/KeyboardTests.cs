using DisputeCenter.BrowserTests.Infrastructure;
using DisputeCenter.Testing;

namespace DisputeCenter.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(KestrelApp app, ChromiumFixture chromium) : BrowserTest(app, chromium), IClassFixture<KestrelApp>
{
    [Fact]
    public Task The_sign_in_form_works_with_the_keyboard_alone_and_shows_where_the_focus_is() => InBrowserAsync(async () =>
    {
        var buyer = await App.Data.BuyerAsync();
        var page = await NewPageAsync();
        await page.GotoAsync("/Identity/Account/Login");
        var email = page.GetByLabel("Email address");

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Skip to content" });
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeInViewportAsync();
        var skipFocus = await page.FocusStyleAsync();
        Assert.True(skipFocus.IsVisible, $"No visible focus on {skipFocus}");

        for (var presses = 0; presses < 10 && !await email.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.FocusStyleAsync();
            Assert.True(focus.IsVisible, $"No visible focus on {focus}");
        }

        await Expect(email).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(buyer.Email!);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true })).ToBeFocusedAsync();
        var passwordFocus = await page.FocusStyleAsync();
        Assert.True(passwordFocus.IsVisible, $"No visible focus on {passwordFocus}");
        await page.Keyboard.TypeAsync(TestData.Password);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Main" })
            .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "My orders" })).ToBeVisibleAsync();
    });
}
