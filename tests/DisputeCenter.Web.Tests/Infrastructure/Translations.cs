using System.Xml.Linq;

namespace DisputeCenter.Web.Tests.Infrastructure;

/// <summary>The repository's source and its Afrikaans resource files, read as written (not as built).</summary>
public static class Translations
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string WebProject => Path.Combine(RepositoryRoot, "src", "DisputeCenter.Web");

    /// <summary>Every Afrikaans entry of the web project (shared texts and phrases), English key to Afrikaans.</summary>
    public static IReadOnlyDictionary<string, string> Afrikaans { get; } =
        Directory.EnumerateFiles(Path.Combine(WebProject, "Resources"), "*.af-ZA.resx")
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data"))
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DisputeCenter.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DisputeCenter.sln not found above " + AppContext.BaseDirectory);
    }
}
