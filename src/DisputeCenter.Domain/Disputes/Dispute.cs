using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes.Timeline;

namespace DisputeCenter.Domain.Disputes;

/// <summary>
/// A buyer's formal dispute about one order: filing, the offers ledger, mediation, decision, appeal, and the
/// deadlines that drive it. Split by concern into partial files (Filing, Offers, Mediation, Decision,
/// Deadlines, PendingActions, Timeline).
/// </summary>
public sealed partial class Dispute : Entity
{
    public const int UserIdMaxLength = UserId.MaxLength;
    public const int OrderNumberMaxLength = 32;
    public const int DescriptionMinNonBlank = 30;
    public const int DescriptionMaxLength = 4000;
    public const int StatementMaxLength = 4000;
    public const int AppealInformationMinNonBlank = 20;
    public const int WithdrawalReasonMaxLength = 1000;

    private readonly List<Offer> _offers = [];
    private readonly List<InformationRequest> _informationRequests = [];
    private readonly List<Decision> _decisions = [];
    private readonly List<Refund> _refunds = [];
    private readonly List<TimelineEntry> _pendingTimeline = [];

    private Dispute()
    {
        OrderNumber = null!;
        BuyerId = null!;
        SellerUserId = null!;
        Currency = null!;
        Description = null!;
        Deadlines = null!;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public string OrderNumber { get; private set; }

    public string BuyerId { get; private set; }

    /// <summary>The <see cref="Orders.Seller"/> entity's id.</summary>
    public Guid SellerId { get; private set; }

    /// <summary>The seller's account, the user who acts for the seller.</summary>
    public string SellerUserId { get; private set; }

    /// <summary>The conversation with the seller that opened the way to this dispute.</summary>
    public Guid? ConversationId { get; private set; }

    public string Currency { get; private set; }

    public Money AmountPaid { get; private set; }

    /// <summary>Refunds made on the order before this dispute was filed.</summary>
    public Money RefundedBeforeFiling { get; private set; }

    public DisputeReason Reason { get; private set; }

    public string Description { get; private set; }

    public Money AmountClaimed { get; private set; }

    public Remedy RequestedRemedy { get; private set; }

    /// <summary>The deadline policy in force at filing (a value object; never changes afterwards).</summary>
    public DeadlineSnapshot Deadlines { get; private set; }

    public DisputeStatus Status { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    public DateTimeOffset? SellerRespondedAt { get; private set; }

    /// <summary>The seller let the response deadline pass without answering.</summary>
    public bool SellerUnresponsive { get; private set; }

    public DateTimeOffset? EscalatedAt { get; private set; }

    public string? AssignedModeratorId { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    /// <summary>A moderator let the platform's own deadline pass; the case went back to the queue.</summary>
    public bool ModeratorStalled { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedByModeratorId { get; private set; }

    public DateTimeOffset? AppealedAt { get; private set; }

    public Party? AppealedBy { get; private set; }

    public string? AppealInformation { get; private set; }

    /// <summary>The moderator whose decision was appealed; the appeal goes to someone else.</summary>
    public string? AppealedDecisionModeratorId { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>How the dispute ended for the money, once settled, decided or expired.</summary>
    public Outcome? Outcome { get; private set; }

    /// <summary>The instant the current clock runs out; null when none runs. Index it for the sweeper.</summary>
    public DateTimeOffset? NextDeadlineAt { get; private set; }

    /// <summary>How many timeline entries this dispute has (the sequence of the last one).</summary>
    public int TimelineLength { get; private set; }

    /// <summary>The hash of the last timeline entry; the next entry chains to it.</summary>
    public string? TimelineHead { get; private set; }

    /// <summary>When the latest timeline entry happened: what "updated since" means to the API.</summary>
    public DateTimeOffset LastEventAt { get; private set; }

    public IReadOnlyCollection<Offer> Offers => _offers.AsReadOnly();

    public IReadOnlyCollection<InformationRequest> InformationRequests => _informationRequests.AsReadOnly();

    public IReadOnlyCollection<Decision> Decisions => _decisions.AsReadOnly();

    public IReadOnlyCollection<Refund> Refunds => _refunds.AsReadOnly();

    public bool IsOpen => Status.IsOpen();

    /// <summary>What this dispute can refund in all: paid, less refunds before filing.</summary>
    public Money RefundableAtFiling => AmountPaid - RefundedBeforeFiling;

    /// <summary>Refunds recorded so far; a return's refund joins them when the goods are back.</summary>
    public Money TotalRefunded => _refunds.Aggregate(Money.Zero(Currency), (sum, r) => sum + r.Amount);

    public Money StillRefundable => RefundableAtFiling - TotalRefunded;

    public DateTimeOffset SellerResponseDueAt => FiledAt + Deadlines.SellerResponse;

    public DateTimeOffset NegotiationDueAt => FiledAt + Deadlines.Negotiation;

    public DateTimeOffset? AppealDueAt => DecidedAt + Deadlines.AppealWindow;

    public Decision? CurrentDecision => _decisions.Count == 0 ? null : _decisions[^1];

    public InformationRequest? OpenInformationRequest => _informationRequests.Find(r => r.IsOpen);

    public Offer? StandingOfferBy(Party party) => _offers.Find(o => o.IsStanding && o.MadeBy == party);

    private DisputeStatus MediationStatus => AppealedAt is null ? DisputeStatus.InMediation : DisputeStatus.UnderAppeal;

    private string UserIdOf(Party party) => party == Party.Buyer ? BuyerId : SellerUserId;

    private static ActorKind ActorOf(Party party) => party == Party.Buyer ? ActorKind.Buyer : ActorKind.Seller;

    private void CheckStatus(string action, params DisputeStatus[] allowed) => CheckRule(new Rules.DisputeMustBeInStatusRule(Status, action, allowed));

    private void CheckParty(Party party, string? userId) => CheckRule(new UserMustBeThePartyRule(party, UserIdOf(party), userId));

    private void Close(DisputeStatus closingStatus, DateTimeOffset now)
    {
        Status = closingStatus;
        ClosedAt = now;
        NextDeadlineAt = null;
        LapseStandingOffers(now);
    }

    private void LapseStandingOffers(DateTimeOffset now)
    {
        foreach (var offer in _offers.Where(o => o.IsStanding))
        {
            offer.ChangeStatus(OfferStatus.Lapsed, now);
        }
    }
}
