using System.Text.RegularExpressions;
using DisputeCenter.Domain.Common;

namespace DisputeCenter.Web.Help;

/// <summary>Where the help centre's articles and sections are, for the links on the form pages.</summary>
public static partial class HelpLinks
{
    public const string Centre = "/Help";

    public const string HowDisputesWork = "how-a-dispute-works";

    public const string StrongEvidence = "strong-evidence";

    public const string AvoidingDisputes = "avoiding-disputes";

    public const string OutcomesAndMoney = "outcomes-and-money";

    /// <summary>The articles in the order the help centre lists them.</summary>
    public static IReadOnlyList<string> Articles { get; } = [HowDisputesWork, StrongEvidence, AvoidingDisputes, OutcomesAndMoney];

    public static string Article(string slug, string? anchor = null) => anchor is null ? $"{Centre}/{slug}" : $"{Centre}/{slug}#{anchor}";

    /// <summary>The section of the evidence article about <paramref name="reason"/>: what convinces a moderator, and its checklist.</summary>
    public static string Evidence(DisputeReason reason) => Article(StrongEvidence, Anchor(reason));

    /// <summary>A reason's anchor in the evidence article, the same in every language: NotAsDescribed is "not-as-described".</summary>
    public static string Anchor(DisputeReason reason) => Words().Replace(reason.ToString(), "${lower}-${upper}").ToLowerInvariant();

    [GeneratedRegex("(?<lower>[a-z])(?<upper>[A-Z])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Words();
}
