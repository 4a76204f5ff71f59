namespace DisputeCenter.Domain.Common;

/// <summary>
/// A named invariant. A broken rule explains itself in words a user can act on: <see cref="Text"/> (a template and
/// its arguments, which a page translates) and <see cref="Message"/> (the same in English, for logs).
/// </summary>
public interface IBusinessRule
{
    bool IsBroken();

    DomainText Text { get; }

    string Message { get; }

    /// <summary>The input the rule is about, for a form to show its message beside; <see cref="RuleSubject.Action"/> for the whole.</summary>
    RuleSubject Subject { get; }
}
