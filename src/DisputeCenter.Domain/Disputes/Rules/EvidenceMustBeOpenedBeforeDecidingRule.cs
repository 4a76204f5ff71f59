using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>Before deciding, the moderator has opened every submitted, visible item of evidence of either side.</summary>
public sealed class EvidenceMustBeOpenedBeforeDecidingRule(IReadOnlyDictionary<Guid, string> submitted, IReadOnlySet<Guid> opened) : BusinessRule
{
    public override RuleSubject Subject => RuleSubject.Citations;

    public IReadOnlyList<Guid> Unopened => submitted.Keys.Where(id => !opened.Contains(id)).ToList();

    public override bool IsBroken() => Unopened.Count > 0;

    public override DomainText Text =>
        Say($"Open every item of evidence of both sides before deciding. Not opened yet: {string.Join(", ", Unopened.Select(id => submitted[id]))}.");
}
