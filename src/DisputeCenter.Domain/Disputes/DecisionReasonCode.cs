using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Rules;

namespace DisputeCenter.Domain.Disputes;

/// <summary>
/// One of the platform's reason codes for decisions (e.g. <c>defect-proven</c>). Administrators add, deactivate
/// and reactivate them; a code is never deleted, because decisions keep citing it.
/// </summary>
public sealed class DecisionReasonCode : Entity
{
    public const int LabelMaxLength = 200;
    public const int ChangedByMaxLength = 256;

    private DecisionReasonCode()
    {
        Code = null!;
        Label = null!;
        ChangedBy = null!;
    }

    private DecisionReasonCode(string code, string label, string changedBy, DateTimeOffset changedAt)
    {
        Code = code;
        Label = label;
        IsActive = true;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public string Code { get; private set; }

    public string Label { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Who made the last change (added, deactivated, reactivated).</summary>
    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The code the system itself uses when a seller misses a moderator's request.</summary>
    public bool IsSystem => Code == Dispute.MissedRequestReasonCode;

    public static DecisionReasonCode Add(string code, string label, string changedBy, DateTimeOffset now)
    {
        CheckRule(new ReasonCodeMustBeWellFormedRule(code));
        CheckRule(new ReasonCodeLabelMustBeGivenRule(label));
        return new DecisionReasonCode(code.Trim(), label.Trim(), changedBy, now.ToUniversalTime());
    }

    public void Deactivate(string changedBy, DateTimeOffset now)
    {
        CheckRule(new SystemReasonCodeMustStayActiveRule(Code, IsSystem));
        IsActive = false;
        Touch(changedBy, now);
    }

    public void Reactivate(string changedBy, DateTimeOffset now)
    {
        IsActive = true;
        Touch(changedBy, now);
    }

    private void Touch(string changedBy, DateTimeOffset now)
    {
        ChangedBy = changedBy;
        ChangedAt = now.ToUniversalTime();
    }
}
