using DisputeCenter.BrowserTests.Infrastructure;
using Xunit.Sdk;

namespace DisputeCenter.BrowserTests;

/// <summary>The axe check itself: it must fail, and say why, when a page has a serious problem; otherwise every page "passes".</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityCheckTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task The_axe_check_fails_on_a_serious_violation_and_lists_it()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Broken</title></head>
            <body><main><h1>Broken</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>
            """);

        var failure = await Assert.ThrowsAsync<FailException>(page.AssertNoSeriousAccessibilityViolationsAsync);

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("<img", failure.Message, StringComparison.Ordinal);
    }
}
