using Deque.AxeCore.Playwright;
using DisputeCenter.Testing;

namespace DisputeCenter.BrowserTests.Infrastructure;

public static class PageExtensions
{
    /// <summary>Signs in through the real sign-in form, as a person would.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = TestData.Password)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();
        var signedIn = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" });
        var secondFactor = page.GetByLabel("Code from your authenticator app");
        await Expect(signedIn.Or(secondFactor)).ToBeVisibleAsync();
        if (await secondFactor.IsVisibleAsync())
        {
            await secondFactor.FillAsync(TestAuthenticator.Code());
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();
        }

        await Expect(signedIn).ToBeVisibleAsync();
    }

    /// <summary>Runs axe-core on the page and fails, listing them, on any violation of serious or critical impact.</summary>
    public static async Task AssertNoSeriousAccessibilityViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        if (serious.Count == 0)
        {
            return;
        }

        var lines = serious.Select(v =>
            $"- {v.Impact} {v.Id}: {v.Help} ({v.HelpUrl})" +
            string.Concat(v.Nodes.Take(5).Select(n => $"{Environment.NewLine}    {n.Target}: {n.Html}")));
        Assert.Fail($"{serious.Count} serious or critical accessibility violation(s) on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
    }

    /// <summary>The outline of the element that has focus now: what a keyboard user sees.</summary>
    public static Task<FocusStyle> FocusStyleAsync(this IPage page) =>
        page.EvaluateAsync<FocusStyle>("""
            () => {
              const element = document.activeElement;
              const style = getComputedStyle(element);
              return { element: element.outerHTML.slice(0, 120), style: style.outlineStyle, width: parseFloat(style.outlineWidth) || 0 };
            }
            """);

    /// <summary>How far the page's content is wider than the window (0 when nothing scrolls sideways).</summary>
    public static Task<int> HorizontalOverflowAsync(this IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
}

public sealed class FocusStyle
{
    public string Element { get; set; } = string.Empty;

    public string Style { get; set; } = string.Empty;

    public double Width { get; set; }

    public bool IsVisible => Style is not "none" && Width >= 2;

    public override string ToString() => $"{Element} (outline {Style} {Width}px)";
}
