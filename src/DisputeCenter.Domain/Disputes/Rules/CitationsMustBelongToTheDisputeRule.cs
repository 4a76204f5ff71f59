using System.Globalization;
using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>Every citation names something of this dispute: its submitted evidence, its claim, a statement in its timeline, an answer given.</summary>
public sealed class CitationsMustBelongToTheDisputeRule(
    IReadOnlyCollection<Citation> citations, IReadOnlySet<Guid> evidence, IReadOnlySet<int> statements, IReadOnlySet<Guid> answers) : BusinessRule
{
    public override RuleSubject Subject => RuleSubject.Citations;

    private IEnumerable<Citation> Foreign => citations.Where(c => !Belongs(c));

    public override bool IsBroken() => Foreign.Any();

    public override DomainText Text => Say($"These citations are not part of this dispute: {string.Join(", ", Foreign)}.");

    private bool Belongs(Citation citation) => citation.Kind switch
    {
        CitationKind.BuyerClaim => true,
        CitationKind.Evidence => Guid.TryParse(citation.Reference, out var id) && evidence.Contains(id),
        CitationKind.InformationAnswer => Guid.TryParse(citation.Reference, out var id) && answers.Contains(id),
        _ => int.TryParse(citation.Reference, NumberStyles.Integer, CultureInfo.InvariantCulture, out var sequence) && statements.Contains(sequence),
    };
}
