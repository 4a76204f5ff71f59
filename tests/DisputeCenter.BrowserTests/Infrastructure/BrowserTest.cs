using System.Runtime.CompilerServices;

namespace DisputeCenter.BrowserTests.Infrastructure;

/// <summary>
/// A browser test: fresh browser contexts (cookies, storage) for each test, closed after it; when the test fails,
/// a screenshot of every page it opened goes to <see cref="Artifacts.Folder"/>.
/// </summary>
public abstract class BrowserTest(KestrelApp app, ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected KestrelApp App => app;

    /// <summary>A page in a new, empty browser context (another person at another computer).</summary>
    protected async Task<IPage> NewPageAsync(int width = 1280, int height = 800, bool mobile = false)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Address.ToString(),
            // The app serves HTTPS with a certificate made for this run (see KestrelApp), as it is served in production.
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = mobile,
            HasTouch = mobile,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Fails on any serious axe violation, then saves a full-page screenshot as pages/<paramref name="name"/>.png under <see cref="Artifacts.Folder"/>.</summary>
    protected static async Task SnapAsync(IPage page, string name)
    {
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        var folder = Path.Combine(Artifacts.Folder, "pages");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>Clicks the button with exactly this accessible name.</summary>
    protected static Task ClickAsync(IPage page, string button) =>
        page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = button, Exact = true }).ClickAsync();

    /// <summary>Runs the test's steps; if they fail, saves screenshots of the pages as they were, then fails.</summary>
    protected async Task InBrowserAsync(Func<Task> steps, [CallerMemberName] string testName = "")
    {
        try
        {
            await steps();
        }
        catch
        {
            await Artifacts.SaveScreenshotsAsync($"{GetType().Name}.{testName}", _contexts.SelectMany(c => c.Pages));
            throw;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }
}
