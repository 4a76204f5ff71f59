using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace DisputeCenter.BrowserTests.Infrastructure;

/// <summary>
/// The Nu Html Checker (vnu.jar, the W3C's validator, from the npm package vnu-jar) run on Java over pages as the site
/// served them. script/test installs it into .tools/vnu; $DISPUTECENTER_VNU_JAR and $DISPUTECENTER_JAVA point elsewhere.
/// </summary>
public static class HtmlValidator
{
    public const string JarVariable = "DISPUTECENTER_VNU_JAR";
    public const string JavaVariable = "DISPUTECENTER_JAVA";
    public const string Version = "26.9.27";

    private const string JarInCheckout = ".tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar";

    /// <summary>One error: the page (as the caller named it), where in its HTML, and what is wrong.</summary>
    public sealed record Error(string Page, int Line, int Column, string Message, string Extract)
    {
        public override string ToString() => $"{Page}, line {Line}:{Column}: {Message} [{Extract.ReplaceLineEndings(" ").Trim()}]";
    }

    /// <summary>Validates each page (a name for the report, and its HTML) in one run of the checker; every error it reports.</summary>
    public static async Task<IReadOnlyList<Error>> ValidateAsync(IReadOnlyList<(string Name, string Html)> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var folder = Directory.CreateTempSubdirectory("vnu-");
        try
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < pages.Count; i++)
            {
                var path = Path.Combine(folder.FullName, $"page-{i:000}.html");
                await File.WriteAllTextAsync(path, pages[i].Html);
                files[path] = pages[i].Name;
            }

            var report = await RunAsync(files.Keys);
            return report.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => new Error(
                    m.TryGetProperty("url", out var url) && files.TryGetValue(LocalPath(url.GetString()), out var page) ? page : url.ToString(),
                    m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                    m.TryGetProperty("firstColumn", out var column) ? column.GetInt32() : 0,
                    m.GetProperty("message").GetString() ?? string.Empty,
                    m.TryGetProperty("extract", out var extract) ? extract.GetString() ?? string.Empty : string.Empty))
                .ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Fails, listing every error with its page and line, unless the checker found none.</summary>
    public static async Task AssertValidAsync(IReadOnlyList<(string Name, string Html)> pages)
    {
        var errors = await ValidateAsync(pages);
        Assert.True(errors.Count == 0, $"The Nu Html Checker found {errors.Count} error(s) in {pages.Count} pages:{Environment.NewLine}" + string.Join(Environment.NewLine, errors));
    }

    private static string Jar()
    {
        var jar = Environment.GetEnvironmentVariable(JarVariable) is { Length: > 0 } configured ? configured : Path.Combine(Artifacts.CheckoutRoot() ?? ".", JarInCheckout);
        return File.Exists(jar)
            ? jar
            : throw new InvalidOperationException(
                $"No Nu Html Checker at {jar}. script/test installs it (npm install --prefix .tools/vnu --ignore-scripts vnu-jar@{Version}); or set {JarVariable} to a vnu.jar.");
    }

    private static async Task<JsonDocument> RunAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable(JavaVariable) is { Length: > 0 } java ? java : "java")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jar", Jar(), "--errors-only", "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start Java ({start.FileName}) for the Nu Html Checker: {e.Message}. Install Java 17 or later (apt-get install default-jre-headless; script/test does it as root), or set {JavaVariable}.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            // The checker writes its JSON report to standard error; exit code 1 means "errors found", not a failure to run.
            var report = (await errors).Trim();
            return report.StartsWith('{')
                ? JsonDocument.Parse(report)
                : throw new InvalidOperationException($"The Nu Html Checker did not report (exit code {process.ExitCode}): {report} {await output}");
        }
    }

    /// <summary>The file a report names: the checker writes "file:/tmp/page-001.html".</summary>
    private static string LocalPath(string? url) =>
        url is not null && url.StartsWith("file:", StringComparison.Ordinal) ? "/" + url["file:".Length..].TrimStart('/') : url ?? string.Empty;
}
