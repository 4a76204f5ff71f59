namespace DisputeCenter.BrowserTests.Infrastructure;

/// <summary>Where failed browser tests leave their screenshots: $DISPUTECENTER_BROWSER_ARTIFACTS, else TestResults/browser in the checkout.</summary>
public static class Artifacts
{
    public const string FolderVariable = "DISPUTECENTER_BROWSER_ARTIFACTS";

    public static string Folder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(CheckoutRoot() ?? AppContext.BaseDirectory, "TestResults", "browser");

    public static async Task SaveScreenshotsAsync(string name, IEnumerable<IPage> pages)
    {
        var number = 0;
        foreach (var page in pages.Where(p => !p.IsClosed).ToList())
        {
            var path = Path.Combine(Folder, $"{name}-{++number}.png");
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 5_000 });
            }
            catch (PlaywrightException)
            {
                // A screenshot is a courtesy; the test's own failure is what matters.
            }
        }
    }

    public static string? CheckoutRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DisputeCenter.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
