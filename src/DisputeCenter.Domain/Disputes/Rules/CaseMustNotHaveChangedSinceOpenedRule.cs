using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A moderator acts on the case as it was shown: if its timeline grew since, the form is stale and nothing is overwritten.</summary>
public sealed class CaseMustNotHaveChangedSinceOpenedRule(int seenVersion, int currentVersion) : IBusinessRule
{
    public bool IsBroken() => seenVersion != currentVersion;

    public string Message => currentVersion > seenVersion
        ? $"The case changed since you opened it ({currentVersion - seenVersion} new timeline entries), so nothing was saved. Read the changes, then send the form again."
        : "The form does not match this case, so nothing was saved. Reload the case and try again.";
}
