using System.Text.RegularExpressions;
using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A reason code is 2 to 64 lower-case letters, digits and hyphens, starting with a letter (e.g. <c>defect-proven</c>).</summary>
public sealed partial class ReasonCodeMustBeWellFormedRule(string? code) : BusinessRule
{
    public override bool IsBroken() => code is null || !Shape().IsMatch(code.Trim()) || code.Trim().Length > Decision.ReasonCodeMaxLength;

    public override DomainText Text =>
        Say($"A reason code is 2 to {Decision.ReasonCodeMaxLength} lower-case letters, digits and hyphens, starting with a letter (like defect-proven).");

    [GeneratedRegex("^[a-z][a-z0-9-]+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Shape();
}
