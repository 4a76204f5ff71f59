using System.Xml.Linq;

namespace DisputeCenter.Web.Tests.Infrastructure;

/// <summary>The repository's source and its Afrikaans resource files, read as written (not as built).</summary>
public static class Translations
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string WebProject => Path.Combine(RepositoryRoot, "src", "DisputeCenter.Web");

    /// <summary>What <c>Text.T</c> and <c>IStringLocalizer&lt;SharedResource&gt;</c> find: headings, labels, sentences.</summary>
    public static IReadOnlyDictionary<string, string> Shared { get; } = Read("SharedResource.af-ZA.resx");

    /// <summary>What <c>Text.Phrase</c> finds: words inside a sentence, among them the texts a <c>DomainText</c> carries as arguments.</summary>
    public static IReadOnlyDictionary<string, string> Phrases { get; } = Read("PhraseResource.af-ZA.resx");

    /// <summary>Every Afrikaans text a page can show (a key in both files reads as its shared text).</summary>
    public static IReadOnlyDictionary<string, string> Afrikaans { get; } =
        Phrases.Where(p => !Shared.ContainsKey(p.Key)).Concat(Shared).ToDictionary(StringComparer.Ordinal);

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(WebProject, "Resources", file)).Root!.Elements("data")
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
