namespace DisputeCenter.Services.Disputes.FileDispute;

/// <summary>
/// A dispute the buyer is still filling in, known by the id the filing form carries. Evidence uploaded in the form is
/// staged against this id; filing the dispute (which takes the same id) submits it, and a draft never filed is
/// removed with its files after <see cref="FilingEvidenceService.AbandonedAfter"/>.
/// </summary>
public sealed class FilingDraft
{
    private FilingDraft()
    {
        BuyerId = null!;
    }

    public FilingDraft(Guid id, string buyerId, Guid orderId, DateTimeOffset createdAt)
    {
        Id = id;
        BuyerId = buyerId;
        OrderId = orderId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string BuyerId { get; private set; }

    public Guid OrderId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
