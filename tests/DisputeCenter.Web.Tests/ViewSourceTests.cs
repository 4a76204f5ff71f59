using DisputeCenter.Web.Tests.Infrastructure;

namespace DisputeCenter.Web.Tests;

public sealed class ViewSourceTests
{
    /// <summary>A view that needs data gets it from its page model or a view component, never by injecting a service.</summary>
    [Fact]
    public void Views_inject_only_the_localizer_and_only_in_their_view_imports()
    {
        var views = Directory.EnumerateFiles(Translations.WebProject, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var injections = views
            .SelectMany(f => File.ReadLines(f).Where(l => l.TrimStart().StartsWith("@inject ", StringComparison.Ordinal)).Select(l => (File: Path.GetRelativePath(Translations.WebProject, f), Line: l.Trim())))
            .ToList();

        Assert.True(views.Count > 50, $"Only {views.Count} views found: is the scan still right?");
        Assert.Contains(injections, i => i.File == Path.Combine("Pages", "_ViewImports.cshtml"));
        Assert.All(injections, i =>
        {
            Assert.Equal("_ViewImports.cshtml", Path.GetFileName(i.File));
            Assert.Equal("@inject IStringLocalizer<SharedResource> T", i.Line);
        });
    }
}
