using System.Text.RegularExpressions;
using DisputeCenter.Web.Localization;

namespace DisputeCenter.Web.Help;

/// <summary>
/// The help centre's articles, read once from the files embedded in the site (<c>Help/Articles/{culture}/{slug}.md</c>):
/// each article in each language, and a search that finds an article by its words in any language.
/// </summary>
public sealed partial class HelpLibrary
{
    private const string Prefix = "Help/Articles/";

    /// <summary>The longest query looked at, and the most words of it; the rest is ignored.</summary>
    public const int QueryMaxLength = 200;

    public const int QueryMaxWords = 10;

    private readonly Dictionary<(string Slug, string Culture), HelpArticle> _articles;
    private readonly List<Indexed> _index;

    public HelpLibrary(IEnumerable<HelpArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        _articles = articles.ToDictionary(a => (a.Slug, a.Culture));
        Slugs = _articles.Keys.Select(k => k.Slug).Distinct(StringComparer.Ordinal)
            .OrderBy(Rank)
            .ThenBy(s => s, StringComparer.Ordinal)
            .ToList();
        _index = _articles.Values.Select(Indexed.Of).ToList();
    }

    /// <summary>Every article's slug, in the order the help centre lists them.</summary>
    public IReadOnlyList<string> Slugs { get; }

    /// <summary>The cultures each article is written in.</summary>
    public IReadOnlyList<string> CulturesOf(string slug) => _articles.Keys.Where(k => k.Slug == slug).Select(k => k.Culture).Order(StringComparer.Ordinal).ToList();

    /// <summary>The articles embedded in the site.</summary>
    public static HelpLibrary Load()
    {
        var assembly = typeof(HelpLibrary).Assembly;
        var articles = new List<HelpArticle>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Replace('\\', '/').StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var path = ResourcePath().Match(name.Replace('\\', '/'));
            if (!path.Success)
            {
                throw new InvalidOperationException($"Help article {name}: name it Help/Articles/<culture>/<slug>.md, the slug in lower case with dashes.");
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            articles.Add(HelpArticleParser.Parse(path.Groups["slug"].Value, path.Groups["culture"].Value, reader.ReadToEnd()));
        }

        return new HelpLibrary(articles);
    }

    /// <summary>The article in <paramref name="culture"/>, else in the default language; null when there is no such article.</summary>
    public HelpArticle? Find(string slug, string culture) =>
        _articles.GetValueOrDefault((slug, culture)) ?? _articles.GetValueOrDefault((slug, Cultures.Default));

    /// <summary>Every article, in <paramref name="culture"/> where it is written in it.</summary>
    public IReadOnlyList<HelpArticle> All(string culture) => Slugs.Select(s => Find(s, culture)).OfType<HelpArticle>().ToList();

    /// <summary>
    /// The articles that hold every word of <paramref name="query"/> (in any language, ignoring case and accents), best
    /// first, each shown in <paramref name="culture"/> with the sections that hold the words.
    /// </summary>
    public HelpSearch Search(string? query, string culture)
    {
        var typed = (query ?? string.Empty).Trim();
        typed = typed.Length > QueryMaxLength ? typed[..QueryMaxLength] : typed;
        var words = HelpWords.Of(typed).Where(w => w.Length >= 2).Distinct(StringComparer.Ordinal).Take(QueryMaxWords).ToList();
        if (words.Count == 0)
        {
            return new HelpSearch(typed, words, []);
        }

        var results = _index
            .GroupBy(i => i.Slug, StringComparer.Ordinal)
            .Select(versions => Score(versions.Key, versions.ToList(), words, culture))
            .OfType<(HelpSearchResult Result, int Score)>()
            .OrderByDescending(r => r.Score)
            .ThenBy(r => Rank(r.Result.Article.Slug))
            .Select(r => r.Result)
            .ToList();
        return new HelpSearch(typed, words, results);
    }

    /// <summary>Where an article stands in the help centre's list: the known ones first, in their order.</summary>
    private static int Rank(string slug)
    {
        var rank = HelpLinks.Articles.ToList().FindIndex(known => known == slug);
        return rank >= 0 ? rank : int.MaxValue;
    }

    private (HelpSearchResult Result, int Score)? Score(string slug, List<Indexed> versions, List<string> words, string culture)
    {
        bool In(Func<Indexed, IEnumerable<IReadOnlySet<string>>> part, string word) => versions.Any(v => part(v).Any(set => HelpWords.Contains(set, word)));
        if (!words.All(w => In(v => [v.Title, v.Summary, v.Intro], w) || In(v => v.Sections.Values, w)))
        {
            return null;
        }

        var sections = versions
            .SelectMany(v => v.Sections)
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .Select(g => (Anchor: g.Key, Matched: words.Count(w => g.Any(s => HelpWords.Contains(s.Value, w)))))
            .Where(s => s.Matched > 0)
            .ToList();
        var article = Find(slug, culture)!;
        var shown = sections
            .OrderByDescending(s => s.Matched)
            .Select(s => article.Section(s.Anchor))
            .OfType<HelpSection>()
            .Take(3)
            .ToList();
        var score = words.Sum(w => (In(v => [v.Title], w) ? 5 : 0) + (In(v => [v.Summary], w) ? 2 : 0)) + sections.Sum(s => s.Matched);
        return (new HelpSearchResult(article, shown), score);
    }

    [GeneratedRegex(@"^Help/Articles/(?<culture>[A-Za-z]{2}(?:-[A-Za-z]{2})?)/(?<slug>[a-z0-9-]+)\.md$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ResourcePath();

    /// <summary>The words of one article in one language: title, summary, the text before the first section, and each section.</summary>
    private sealed record Indexed(string Slug, IReadOnlySet<string> Title, IReadOnlySet<string> Summary, IReadOnlySet<string> Intro, IReadOnlyDictionary<string, IReadOnlySet<string>> Sections)
    {
        public static Indexed Of(HelpArticle article)
        {
            var intro = "\n" + (article.Blocks.OfType<HelpBlock.Markdown>().FirstOrDefault()?.Source ?? string.Empty);
            var firstSection = intro.IndexOf("\n## ", StringComparison.Ordinal);
            return new Indexed(
                article.Slug,
                Words(article.Title),
                Words(article.Summary),
                Words(firstSection >= 0 ? intro[..firstSection] : intro),
                article.Sections.ToDictionary(s => s.Anchor, s => (IReadOnlySet<string>)Words(s.Heading + "\n" + s.Source), StringComparer.Ordinal));
        }

        /// <summary>The words a reader sees: not the placeholders' names, nor the addresses of links.</summary>
        private static HashSet<string> Words(string markdown) =>
            HelpWords.Of(Hidden().Replace(markdown, " ")).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{\{\w+\}\}|\]\([^)]*\)|\{#[a-z0-9-]+\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Hidden();
}

/// <summary>What a search found: the query as used (cut to its longest), its words, and the articles, best first.</summary>
public sealed record HelpSearch(string Query, IReadOnlyList<string> Words, IReadOnlyList<HelpSearchResult> Results);

/// <summary>An article that holds every word searched for, with up to three of its sections that hold them.</summary>
public sealed record HelpSearchResult(HelpArticle Article, IReadOnlyList<HelpSection> Sections);
