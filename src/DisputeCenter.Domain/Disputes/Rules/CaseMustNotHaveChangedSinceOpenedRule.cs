using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A moderator acts on the case as it was shown: if its timeline grew since, the form is stale and nothing is overwritten.</summary>
public sealed class CaseMustNotHaveChangedSinceOpenedRule(int seenVersion, int currentVersion) : BusinessRule
{
    public override RuleSubject Subject => RuleSubject.SeenVersion;

    public override bool IsBroken() => seenVersion != currentVersion;

    public override DomainText Text => currentVersion > seenVersion
        ? Say($"The case changed since you opened it ({currentVersion - seenVersion} new timeline entries), so nothing was saved. Read the changes, then send the form again.")
        : Say($"The form does not match this case, so nothing was saved. Reload the case and try again.");
}
