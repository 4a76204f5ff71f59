using System.Globalization;

namespace DisputeCenter.Domain.Disputes;

/// <summary>What a decision's rationale rests on: an item of evidence, the buyer's claim, a statement in the timeline, or an answer to a request.</summary>
public enum CitationKind
{
    Evidence,
    BuyerClaim,
    Statement,
    InformationAnswer,
}

/// <summary>
/// One thing a decision cites. Written as text for forms and storage: <c>evidence:{id}</c>, <c>claim</c>,
/// <c>statement:{timeline sequence}</c>, <c>answer:{request id}</c>.
/// </summary>
public sealed record Citation(CitationKind Kind, string Reference)
{
    public const int ReferenceMaxLength = 64;

    public static Citation BuyerClaim { get; } = new(CitationKind.BuyerClaim, string.Empty);

    public static Citation Evidence(Guid evidenceId) => new(CitationKind.Evidence, evidenceId.ToString());

    public static Citation Statement(int timelineSequence) => new(CitationKind.Statement, timelineSequence.ToString(CultureInfo.InvariantCulture));

    public static Citation Answer(Guid requestId) => new(CitationKind.InformationAnswer, requestId.ToString());

    /// <summary>Reads the text form; null when it is not one.</summary>
    public static Citation? Parse(string? text)
    {
        var parts = (text ?? string.Empty).Trim().Split(':', 2);
        return parts switch
        {
            ["claim"] => BuyerClaim,
            ["evidence", var id] when Guid.TryParse(id, out var evidenceId) => Evidence(evidenceId),
            ["answer", var id] when Guid.TryParse(id, out var requestId) => Answer(requestId),
            ["statement", var seq] when int.TryParse(seq, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence > 0 => Statement(sequence),
            _ => null,
        };
    }

    public override string ToString() => Kind switch
    {
        CitationKind.BuyerClaim => "claim",
        CitationKind.Evidence => $"evidence:{Reference}",
        CitationKind.Statement => $"statement:{Reference}",
        _ => $"answer:{Reference}",
    };
}
