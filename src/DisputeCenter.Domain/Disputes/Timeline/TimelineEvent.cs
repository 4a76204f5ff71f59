using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Domain.Disputes.Timeline;

/// <summary>
/// What a timeline entry says happened, typed: one record for each kind of event (two for
/// <see cref="DisputeEventKind.AutomaticAction"/>), written into the entry's payload and read back from it. This is the
/// timeline's only vocabulary: the dispute writes these, the notifier, the pages and the case file read them, and the
/// payload's keys and codes are spelt only here. The stored form is the hashed record: a field is never renamed and a
/// code never changes (the domain tests hold the stored form of each).
/// </summary>
public abstract record TimelineEvent
{
    private protected TimelineEvent()
    {
    }

    public abstract DisputeEventKind Kind { get; }

    /// <summary>Reads the typed event of a stored entry.</summary>
    public static TimelineEvent Read(DisputeEventKind kind, string payload)
    {
        var fields = TimelineFields.Parse(payload);
        return kind switch
        {
            DisputeEventKind.Filed => new Filed(
                fields.Enum<DisputeReason>(Key.Reason), fields.Enum<Remedy>(Key.Remedy), fields.Money(Key.AmountClaimed), fields.Guid(Key.OfferId), fields.Text(Key.Policy)),
            DisputeEventKind.SellerResponded => new SellerResponded(fields.Text(Key.Statement)),
            DisputeEventKind.SellerRejected => new SellerRejected(fields.Text(Key.Statement), fields.OptionalGuid(Key.OfferId)),
            DisputeEventKind.OfferMade => new OfferMade(
                fields.Guid(Key.OfferId), fields.Enum<Remedy>(Key.Remedy), fields.OptionalMoney(Key.Amount), fields.OptionalText(Key.Note)),
            DisputeEventKind.OfferAccepted => new OfferAccepted(fields.Guid(Key.OfferId), fields.Enum<Outcome>(Key.Outcome), fields.OptionalMoney(Key.Refund)),
            DisputeEventKind.Escalated => new Escalated(EscalationCodes.Read(fields.Text(Key.Why)), fields.Bool(Key.SellerUnresponsive)),
            DisputeEventKind.ModeratorAssigned => new ModeratorAssigned(),
            DisputeEventKind.ModeratorReleased => new ModeratorReleased(),
            DisputeEventKind.InformationRequested => new InformationRequested(
                fields.Guid(Key.RequestId), fields.Enum<Party>(Key.From), fields.Text(Key.What), fields.Instant(Key.DueAt), fields.Enum<MissedRequestConsequence>(Key.IfMissed)),
            DisputeEventKind.InformationAnswered => new InformationAnswered(fields.Guid(Key.RequestId), fields.Text(Key.Answer)),
            DisputeEventKind.Decided => new Decided(
                fields.Guid(Key.DecisionId),
                fields.Enum<Outcome>(Key.Outcome),
                fields.OptionalMoney(Key.Amount),
                fields.OptionalText(Key.ReasonCode),
                fields.Text(Key.Rationale),
                fields.Citations(Key.Citations),
                fields.Bool(Key.OnAppeal)),
            DisputeEventKind.Appealed => new Appealed(fields.Text(Key.NewInformation)),
            DisputeEventKind.Withdrawn => new Withdrawn(fields.Text(Key.Reason)),
            DisputeEventKind.Expired => new Expired(),
            DisputeEventKind.Closed => new Closed(ClosureCodes.Read(fields.Text(Key.Why))),
            DisputeEventKind.EvidenceAdded => new EvidenceAdded(
                fields.Guid(Key.EvidenceId),
                fields.Enum<EvidenceKind>(Key.EvidenceKind),
                fields.Text(Key.Name),
                fields.Enum<EvidenceFormat>(Key.Format),
                fields.Long(Key.Bytes),
                fields.Text(Key.Sha256),
                fields.Text(Key.ReceivedAt)),
            DisputeEventKind.EvidenceHidden => new EvidenceHidden(fields.Guid(Key.EvidenceId), fields.Text(Key.Reason)),
            DisputeEventKind.MessagePosted => new MessagePosted(fields.Text(Key.Body)),
            DisputeEventKind.AutomaticAction => fields.Text(Key.Why) switch
            {
                InformationRequestMissed.Code => new InformationRequestMissed(fields.Guid(Key.RequestId), fields.Enum<MissedRequestConsequence>(Key.Consequence)),
                ModeratorStalled.Code => new ModeratorStalled(fields.OptionalText(Key.ModeratorId)),
                var other => throw new FormatException($"No automatic action is called \"{other}\"."),
            },
            DisputeEventKind.ModeratorUnassigned => new ModeratorUnassigned(fields.Text(Key.ModeratorId), UnassignmentCodes.Read(fields.Text(Key.Why))),
            DisputeEventKind.Return => ReadReturnStep(fields),
            _ => throw new FormatException($"No timeline event is of kind {kind}."),
        };
    }

    private static TimelineEvent ReadReturnStep(TimelineFields fields) => fields.Text(Key.Step) switch
    {
        ReturnOpened.Code => new ReturnOpened(fields.Money(Key.Refund), fields.Instant(Key.DueAt)),
        ReturnAddressGiven.Code => new ReturnAddressGiven(fields.OptionalText(Key.Address)),
        ReturnShipped.Code => new ReturnShipped(fields.Text(Key.Carrier), fields.Text(Key.TrackingNumber)),
        ReturnDelivered.Code => new ReturnDelivered(fields.Instant(Key.DeliveredAt), fields.Instant(Key.DueAt)),
        ReturnReceived.Code => new ReturnReceived(fields.Money(Key.Refund), fields.Bool(Key.Automatically)),
        ReturnProblemReported.Code => new ReturnProblemReported(fields.Enum<Returns.ReturnProblem>(Key.Problem), fields.Text(Key.Statement)),
        ReturnNotDelivered.Code => new ReturnNotDelivered(),
        ReturnLapsed.Code => new ReturnLapsed(),
        var other => throw new FormatException($"No return step is called \"{other}\"."),
    };

    /// <summary>The dispute's status after the event, as its payload records it.</summary>
    public static DisputeStatus StatusAfter(string payload) => TimelineFields.Parse(payload).Enum<DisputeStatus>(Key.Status);

    /// <summary>The payload of this event for a dispute whose status, after it, is <paramref name="statusAfter"/>.</summary>
    public string ToPayload(DisputeStatus statusAfter)
    {
        var fields = new TimelineFields();
        Write(fields);
        fields.Set(Key.Status, statusAfter.ToString());
        return fields.ToPayload();
    }

    private protected abstract void Write(TimelineFields fields);

    /// <summary>A party's own words on the record, which a decision can cite.</summary>
    public interface IStatement
    {
        string Text { get; }
    }

    /// <summary>The buyer filed; the claim is the buyer's first offer, under the policy version named "id/vN".</summary>
    public sealed record Filed(DisputeReason Reason, Remedy Remedy, Money AmountClaimed, Guid ClaimOfferId, string Policy) : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.Filed;

        private protected override void Write(TimelineFields fields) => fields
            .Set(Key.Reason, Reason.ToString()).Set(Key.Remedy, Remedy.ToString()).Set(Key.AmountClaimed, AmountClaimed.ToString())
            .Set(Key.OfferId, ClaimOfferId.ToString()).Set(Key.Policy, Policy);
    }

    public sealed record SellerResponded(string Statement) : TimelineEvent, IStatement
    {
        public override DisputeEventKind Kind => DisputeEventKind.SellerResponded;

        string IStatement.Text => Statement;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Statement, Statement);
    }

    /// <summary>The seller rejected the claim (the buyer's standing offer, when there was one).</summary>
    public sealed record SellerRejected(string Statement, Guid? RejectedOfferId) : TimelineEvent, IStatement
    {
        public override DisputeEventKind Kind => DisputeEventKind.SellerRejected;

        string IStatement.Text => Statement;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Statement, Statement).Set(Key.OfferId, RejectedOfferId?.ToString());
    }

    public sealed record OfferMade(Guid OfferId, Remedy Remedy, Money? Amount, string? Note) : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.OfferMade;

        private protected override void Write(TimelineFields fields) => fields
            .Set(Key.OfferId, OfferId.ToString()).Set(Key.Remedy, Remedy.ToString()).Set(Key.Amount, Amount?.ToString()).Set(Key.Note, Note);
    }

    public sealed record OfferAccepted(Guid OfferId, Outcome Outcome, Money? Refund) : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.OfferAccepted;

        private protected override void Write(TimelineFields fields) => fields
            .Set(Key.OfferId, OfferId.ToString()).Set(Key.Outcome, Outcome.ToString()).Set(Key.Refund, Refund?.ToString());
    }

    public sealed record Escalated(EscalationReason Why, bool SellerUnresponsive) : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.Escalated;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Why, EscalationCodes.Write(Why)).Set(Key.SellerUnresponsive, SellerUnresponsive);
    }

    public sealed record ModeratorAssigned : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.ModeratorAssigned;

        private protected override void Write(TimelineFields fields)
        {
        }
    }

    public sealed record ModeratorReleased : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.ModeratorReleased;

        private protected override void Write(TimelineFields fields)
        {
        }
    }

    public sealed record InformationRequested(Guid RequestId, Party From, string What, DateTimeOffset DueAt, MissedRequestConsequence IfMissed) : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.InformationRequested;

        private protected override void Write(TimelineFields fields) => fields
            .Set(Key.RequestId, RequestId.ToString()).Set(Key.From, From.ToString()).Set(Key.What, What).Set(Key.DueAt, DueAt).Set(Key.IfMissed, IfMissed.ToString());
    }

    public sealed record InformationAnswered(Guid RequestId, string Answer) : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.InformationAnswered;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.RequestId, RequestId.ToString()).Set(Key.Answer, Answer);
    }

    public sealed record Decided(
        Guid DecisionId, Outcome Outcome, Money? Amount, string? ReasonCode, string Rationale, IReadOnlyList<Citation> Citations, bool OnAppeal) : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.Decided;

        /// <summary>Equal when every field is, the citations compared item by item.</summary>
        public bool Equals(Decided? other) =>
            other is not null && DecisionId == other.DecisionId && Outcome == other.Outcome && Amount == other.Amount
            && ReasonCode == other.ReasonCode && Rationale == other.Rationale && OnAppeal == other.OnAppeal && Citations.SequenceEqual(other.Citations);

        public override int GetHashCode() => HashCode.Combine(DecisionId, Outcome, Amount, ReasonCode, Rationale, Citations.Count, OnAppeal);

        private protected override void Write(TimelineFields fields) => fields
            .Set(Key.DecisionId, DecisionId.ToString())
            .Set(Key.Outcome, Outcome.ToString())
            .Set(Key.Amount, Amount?.ToString())
            .Set(Key.ReasonCode, ReasonCode)
            .Set(Key.Rationale, Rationale)
            .Set(Key.Citations, Citations.Count > 0 ? string.Join(" ", Citations) : null)
            .Set(Key.OnAppeal, OnAppeal);
    }

    public sealed record Appealed(string NewInformation) : TimelineEvent, IStatement
    {
        public override DisputeEventKind Kind => DisputeEventKind.Appealed;

        string IStatement.Text => NewInformation;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.NewInformation, NewInformation);
    }

    public sealed record Withdrawn(string Reason) : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.Withdrawn;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Reason, Reason);
    }

    /// <summary>The buyer did not answer a moderator's request in time: the dispute expired without a refund.</summary>
    public sealed record Expired : TimelineEvent
    {
        private const string BuyerSilent = "buyer-silent";

        public override DisputeEventKind Kind => DisputeEventKind.Expired;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Why, BuyerSilent);
    }

    public sealed record Closed(ClosureReason Why) : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.Closed;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Why, ClosureCodes.Write(Why));
    }

    /// <summary>An item's receipt: its digest, and when it was received, as <see cref="UtcText"/> writes it (to the minute).</summary>
    public sealed record EvidenceAdded(Guid EvidenceId, EvidenceKind EvidenceKind, string Name, EvidenceFormat Format, long Bytes, string Sha256, string ReceivedAt)
        : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.EvidenceAdded;

        private protected override void Write(TimelineFields fields) => fields
            .Set(Key.EvidenceId, EvidenceId.ToString())
            .Set(Key.EvidenceKind, EvidenceKind.ToString())
            .Set(Key.Name, Name)
            .Set(Key.Format, Format.ToString())
            .Set(Key.Bytes, Bytes)
            .Set(Key.Sha256, Sha256)
            .Set(Key.ReceivedAt, ReceivedAt);
    }

    public sealed record EvidenceHidden(Guid EvidenceId, string Reason) : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.EvidenceHidden;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.EvidenceId, EvidenceId.ToString()).Set(Key.Reason, Reason);
    }

    public sealed record MessagePosted(string Body) : TimelineEvent, IStatement
    {
        public override DisputeEventKind Kind => DisputeEventKind.MessagePosted;

        string IStatement.Text => Body;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Body, Body);
    }

    /// <summary>The platform applied the consequence of a missed information request.</summary>
    public sealed record InformationRequestMissed(Guid RequestId, MissedRequestConsequence Consequence) : TimelineEvent
    {
        internal const string Code = "information-request-missed";

        public override DisputeEventKind Kind => DisputeEventKind.AutomaticAction;

        private protected override void Write(TimelineFields fields) => fields
            .Set(Key.Why, Code).Set(Key.RequestId, RequestId.ToString()).Set(Key.Consequence, Consequence.ToString());
    }

    /// <summary>No moderator acted within the moderator time (the assigned one, if any, loses the case to the queue).</summary>
    public sealed record ModeratorStalled(string? ModeratorId) : TimelineEvent
    {
        internal const string Code = "moderator-stalled";

        public override DisputeEventKind Kind => DisputeEventKind.AutomaticAction;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Why, Code).Set(Key.ModeratorId, ModeratorId);
    }

    public sealed record ModeratorUnassigned(string ModeratorId, UnassignmentReason Why) : TimelineEvent
    {
        public override DisputeEventKind Kind => DisputeEventKind.ModeratorUnassigned;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.ModeratorId, ModeratorId).Set(Key.Why, UnassignmentCodes.Write(Why));
    }

    /// <summary>A return and refund began: the refund waits for the goods; the seller gives an address by <paramref name="AddressDueAt"/>.</summary>
    public sealed record ReturnOpened(Money RefundDue, DateTimeOffset AddressDueAt) : TimelineEvent
    {
        internal const string Code = "opened";

        public override DisputeEventKind Kind => DisputeEventKind.Return;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Step, Code).Set(Key.Refund, RefundDue.ToString()).Set(Key.DueAt, AddressDueAt);
    }

    /// <summary>The return address: the seller's, or (null) the platform's returns address when the seller gave none in time.</summary>
    public sealed record ReturnAddressGiven(string? Address) : TimelineEvent
    {
        internal const string Code = "address";

        public override DisputeEventKind Kind => DisputeEventKind.Return;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Step, Code).Set(Key.Address, Address);
    }

    public sealed record ReturnShipped(string Carrier, string TrackingNumber) : TimelineEvent
    {
        internal const string Code = "shipped";

        public override DisputeEventKind Kind => DisputeEventKind.Return;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Step, Code).Set(Key.Carrier, Carrier).Set(Key.TrackingNumber, TrackingNumber);
    }

    /// <summary>The carrier showed the return delivered; the seller confirms or reports a problem by <paramref name="ReceiptDueAt"/>.</summary>
    public sealed record ReturnDelivered(DateTimeOffset DeliveredAt, DateTimeOffset ReceiptDueAt) : TimelineEvent
    {
        internal const string Code = "delivered";

        public override DisputeEventKind Kind => DisputeEventKind.Return;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Step, Code).Set(Key.DeliveredAt, DeliveredAt).Set(Key.DueAt, ReceiptDueAt);
    }

    /// <summary>The goods are back and the buyer refunded: confirmed by the seller, or automatically after its silence.</summary>
    public sealed record ReturnReceived(Money Refund, bool Automatically) : TimelineEvent
    {
        internal const string Code = "received";

        public override DisputeEventKind Kind => DisputeEventKind.Return;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Step, Code).Set(Key.Refund, Refund.ToString()).Set(Key.Automatically, Automatically);
    }

    public sealed record ReturnProblemReported(Returns.ReturnProblem Problem, string Statement) : TimelineEvent, IStatement
    {
        internal const string Code = "problem";

        public override DisputeEventKind Kind => DisputeEventKind.Return;

        string IStatement.Text => Statement;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Step, Code).Set(Key.Problem, Problem.ToString()).Set(Key.Statement, Statement);
    }

    /// <summary>The carrier showed no delivery within the transit time: the case went to a moderator.</summary>
    public sealed record ReturnNotDelivered : TimelineEvent
    {
        internal const string Code = "not-delivered";

        public override DisputeEventKind Kind => DisputeEventKind.Return;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Step, Code);
    }

    /// <summary>The buyer did not send the goods back in time: the dispute ended without a refund.</summary>
    public sealed record ReturnLapsed : TimelineEvent
    {
        internal const string Code = "lapsed";

        public override DisputeEventKind Kind => DisputeEventKind.Return;

        private protected override void Write(TimelineFields fields) => fields.Set(Key.Step, Code);
    }

    /// <summary>The payload's field names, as stored.</summary>
    private static class Key
    {
        public const string Address = "address";
        public const string Amount = "amount";
        public const string Automatically = "automatically";
        public const string Carrier = "carrier";
        public const string DeliveredAt = "deliveredAt";
        public const string Problem = "problem";
        public const string Step = "step";
        public const string TrackingNumber = "trackingNumber";
        public const string AmountClaimed = "amountClaimed";
        public const string Answer = "answer";
        public const string Body = "body";
        public const string Bytes = "bytes";
        public const string Citations = "citations";
        public const string Consequence = "consequence";
        public const string DecisionId = "decisionId";
        public const string DueAt = "dueAt";
        public const string EvidenceId = "evidenceId";
        public const string EvidenceKind = "kind";
        public const string Format = "format";
        public const string From = "from";
        public const string IfMissed = "ifMissed";
        public const string ModeratorId = "moderatorId";
        public const string Name = "name";
        public const string NewInformation = "newInformation";
        public const string Note = "note";
        public const string OfferId = "offerId";
        public const string OnAppeal = "onAppeal";
        public const string Outcome = "outcome";
        public const string Policy = "policy";
        public const string Reason = "reason";
        public const string ReasonCode = "reasonCode";
        public const string ReceivedAt = "receivedAt";
        public const string Refund = "refund";
        public const string Rationale = "rationale";
        public const string Remedy = "remedy";
        public const string RequestId = "requestId";
        public const string SellerUnresponsive = "sellerUnresponsive";
        public const string Sha256 = "sha256";
        public const string Statement = "statement";
        public const string Status = "status";
        public const string What = "what";
        public const string Why = "why";
    }

    /// <summary>The stored code of each reason, read and written through the same table.</summary>
    private sealed class Codes<TReason>(params (TReason Reason, string Code)[] codes)
        where TReason : struct, Enum
    {
        public string Write(TReason reason) => codes.Single(c => c.Reason.Equals(reason)).Code;

        public TReason Read(string code) => codes.Single(c => c.Code == code).Reason;
    }

    private static readonly Codes<EscalationReason> EscalationCodes = new(
        (EscalationReason.Requested, "requested"),
        (EscalationReason.SellerUnresponsive, "seller-unresponsive"),
        (EscalationReason.NegotiationTimedOut, "negotiation-timed-out"));

    private static readonly Codes<ClosureReason> ClosureCodes = new(
        (ClosureReason.AppealWindowClosed, "appeal-window-closed"),
        (ClosureReason.AppealDismissedBuyerSilent, "appeal-dismissed-buyer-silent"),
        (ClosureReason.DecidedOnAppeal, "decided-on-appeal"));

    private static readonly Codes<UnassignmentReason> UnassignmentCodes = new((UnassignmentReason.ModeratorDisabled, "moderator-disabled"));
}

/// <summary>Why a dispute went to the platform's moderators.</summary>
public enum EscalationReason
{
    /// <summary>A party asked for mediation.</summary>
    Requested,

    /// <summary>The seller let the response time run out.</summary>
    SellerUnresponsive,

    /// <summary>The negotiation time ran out without a settlement.</summary>
    NegotiationTimedOut,
}

/// <summary>Why a decided dispute closed.</summary>
public enum ClosureReason
{
    /// <summary>Nobody appealed within the appeal window: the decision is final.</summary>
    AppealWindowClosed,

    /// <summary>The buyer did not answer the moderator on appeal: the appeal is dismissed and the decision stands.</summary>
    AppealDismissedBuyerSilent,

    /// <summary>The appeal was decided: that decision is final.</summary>
    DecidedOnAppeal,
}

/// <summary>Why an administrator took a case off its moderator.</summary>
public enum UnassignmentReason
{
    /// <summary>The moderator's account was disabled.</summary>
    ModeratorDisabled,
}
