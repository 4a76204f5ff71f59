using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes;

/// <summary>Remedies and outcomes as words inside a sentence ("a partial refund must…"), translated on the page like any text.</summary>
public static class DisputeWords
{
    public static DomainText Phrase(this Remedy remedy) => DomainText.Plain(remedy switch
    {
        Remedy.FullRefund => "full refund",
        Remedy.PartialRefund => "partial refund",
        Remedy.ReturnAndRefund => "return and refund",
        _ => "replacement",
    });

    public static DomainText Phrase(this Outcome outcome) => DomainText.Plain(outcome switch
    {
        Outcome.FullRefund => "full refund",
        Outcome.PartialRefund => "partial refund",
        Outcome.ReturnAndRefund => "return and refund",
        Outcome.Replacement => "replacement",
        Outcome.Compensation => "compensation",
        _ => "rejection",
    });
}
