using System.Text.RegularExpressions;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Deadlines.PolicyTable;
using DisputeCenter.Web.Localization;

namespace DisputeCenter.Web.Help;

/// <summary>
/// The deadline policy in force, as the help centre tells it: the default row's clocks fill the articles' <c>{{Clock}}</c>
/// placeholders (named like <see cref="DeadlineClock.Key"/>), and every row goes into the deadline table. Nothing here
/// is typed into the articles: a new version of the policy changes the help pages at once.
/// </summary>
public sealed partial class HelpDeadlines
{
    private HelpDeadlines(DeadlineDurations standard, IReadOnlyList<HelpDeadlineRow> rows)
    {
        Standard = standard;
        Rows = rows;
    }

    /// <summary>The placeholders an article may use: one per clock of the policy.</summary>
    public static IReadOnlySet<string> Placeholders { get; } = DeadlineClock.All.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>The default row's clocks: what applies to an order no other row is about.</summary>
    public DeadlineDurations Standard { get; }

    /// <summary>Every row in force, the default row first, then categories, then reasons.</summary>
    public IReadOnlyList<HelpDeadlineRow> Rows { get; }

    public static HelpDeadlines From(IReadOnlyList<DeadlinePolicy> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var rows = current
            .OrderBy(r => r.Specificity).ThenBy(r => r.CategoryCode, StringComparer.Ordinal).ThenBy(r => r.Reason)
            .Select(r => new HelpDeadlineRow(r.CategoryCode, r.Reason, r.Durations))
            .ToList();
        var standard = rows.FirstOrDefault(r => r.IsDefault)?.Durations
            ?? throw new InvalidOperationException("The deadline policy has no default row (no category, any reason), so the help centre has no deadlines to show.");
        return new HelpDeadlines(standard, rows);
    }

    /// <summary>The Markdown with each <c>{{Clock}}</c> replaced by the default row's value, in the reader's language ("5 days", "5 dae").</summary>
    public string Fill(string markdown) =>
        Placeholder().Replace(markdown, m => DeadlineClock.All.FirstOrDefault(c => c.Key == m.Groups["name"].Value) is { } clock
            ? Display.Duration(clock.Of(Standard))
            : m.Value);

    [GeneratedRegex(@"\{\{(?<name>\w+)\}\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();
}

/// <summary>One row of the policy in force: what it is about (null: every category, every reason) and its clocks.</summary>
public sealed record HelpDeadlineRow(string? CategoryCode, DisputeReason? Reason, DeadlineDurations Durations)
{
    public bool IsDefault => CategoryCode is null && Reason is null;

    /// <summary>The category's English name (translated by the page), or its code for a category the platform did not ship.</summary>
    public string? CategoryName => CategoryCode is null ? null
        : ProductCategory.Defaults.FirstOrDefault(c => string.Equals(c.Code, CategoryCode, StringComparison.Ordinal))?.Name ?? CategoryCode;
}
