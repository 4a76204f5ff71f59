using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Returns;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Integration.Disputes;
using DisputeCenter.Services.Integration.Ingestion;

namespace DisputeCenter.Web.Api;

/// <summary>An amount: a decimal in the currency's minor units' precision, and its ISO 4217 code.</summary>
public sealed record MoneyDto(decimal Amount, string Currency)
{
    public static MoneyDto From(Money money) => new(money.Amount, money.Currency);

    public static MoneyDto? From(Money? money) => money is { } m ? From(m) : null;
}

/// <summary>One upserted record: what happened to it, our id for it, or why it was refused.</summary>
public sealed record UpsertResultDto(string ExternalId, IngestOutcome Outcome, string? Id, UpsertProblemDto? Problem)
{
    public static UpsertResultDto From(Ingested ingested) => new(
        ingested.ExternalId, ingested.Outcome, ingested.Id,
        ingested.Problem is { } p ? new UpsertProblemDto(p.Field, p.Rule, p.Message.ToString()) : null);
}

public sealed record UpsertProblemDto(string Field, string Rule, string Detail);

public sealed record OrderBatchDto(IReadOnlyList<OrderInput>? Orders);

public sealed record OrderBatchResultDto(IReadOnlyList<UpsertResultDto> Results);

public sealed record DisputeSummaryDto(
    Guid Id, Guid OrderId, string OrderNumber, DisputeStatus Status, DisputeReason Reason, MoneyDto AmountClaimed,
    Remedy RequestedRemedy, DateTimeOffset FiledAt, DateTimeOffset LastEventAt, DateTimeOffset? NextDeadlineAt, Outcome? Outcome)
{
    public static DisputeSummaryDto From(Dispute d) => new(
        d.Id, d.OrderId, d.OrderNumber, d.Status, d.Reason, MoneyDto.From(d.AmountClaimed), d.RequestedRemedy, d.FiledAt, d.LastEventAt, d.NextDeadlineAt, d.Outcome);
}

public sealed record DisputeListDto(IReadOnlyList<DisputeSummaryDto> Data, string? NextCursor, bool HasMore);

public sealed record PendingActionDto(ActorKind Actor, string What, DateTimeOffset DueAt, string IfMissed, bool Overdue);

public sealed record OfferDto(Guid Id, int Sequence, Party MadeBy, Remedy Remedy, MoneyDto? Amount, string Note, DateTimeOffset MadeAt, OfferStatus Status);

public sealed record RefundDto(Guid Id, MoneyDto Amount, RefundCause Cause, DateTimeOffset RecordedAt);

public sealed record TimelineEntryDto(int Sequence, DisputeEventKind Kind, ActorKind Actor, DateTimeOffset OccurredAt, DisputeStatus StatusAfter, string Hash);

public sealed record EvidenceDto(Guid Id, ActorKind UploadedBy, EvidenceKind Kind, EvidenceFormat Format, long SizeBytes, string Sha256, DateTimeOffset? SubmittedAt, bool Hidden)
{
    public static EvidenceDto From(EvidenceItem e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.UploadedBy, e.Kind, e.Format, e.SizeBytes, e.Sha256, e.SubmittedAt, e.Status == EvidenceStatus.Hidden);
    }
}

public sealed record DisputeDto(
    DisputeSummaryDto Dispute,
    string Description,
    MoneyDto AmountPaid,
    IReadOnlyList<PendingActionDto> PendingActions,
    IReadOnlyList<DisputeAction> AvailableActions,
    IReadOnlyList<OfferDto> Offers,
    IReadOnlyList<RefundDto> Refunds,
    IReadOnlyList<TimelineEntryDto> Timeline,
    IReadOnlyList<EvidenceDto> Evidence,
    ReturnDto? Return)
{
    public static DisputeDto From(ApiDispute found)
    {
        var (overview, evidence) = (found.Overview, found.Evidence);
        var d = overview.Dispute;
        return new DisputeDto(
            DisputeSummaryDto.From(d),
            d.Description,
            MoneyDto.From(d.AmountPaid),
            overview.PendingActions.Select(a => new PendingActionDto(a.Actor, a.What.ToString(), a.DueAt, a.IfMissed.ToString(), a.IsOverdue)).ToList(),
            overview.AvailableActions.Order().ToList(),
            d.Offers.OrderBy(o => o.Sequence).Select(o => new OfferDto(o.Id, o.Sequence, o.MadeBy, o.Kind, MoneyDto.From(o.Amount), o.Note, o.MadeAt, o.Status)).ToList(),
            d.Refunds.OrderBy(r => r.RecordedAt).Select(r => new RefundDto(r.Id, MoneyDto.From(r.Amount), r.Cause, r.RecordedAt)).ToList(),
            overview.Timeline.Select(e => new TimelineEntryDto(e.Sequence, e.Kind, e.Actor, e.OccurredAt, e.StatusAfter, e.Hash)).ToList(),
            evidence.Select(EvidenceDto.From).ToList(),
            d.Return is { } shipment ? ReturnDto.From(shipment) : null);
    }
}

/// <summary>
/// The return of the goods when the remedy is a return and refund: each step's time, and <c>due_at</c> for the step
/// running now. A null address with <c>to_platform_address</c> means the goods go to the platform's returns address.
/// </summary>
public sealed record ReturnDto(
    ReturnStatus Status,
    ReturnOrigin Origin,
    MoneyDto RefundDue,
    DateTimeOffset? DueAt,
    DateTimeOffset AddressDueAt,
    string? Address,
    bool ToPlatformAddress,
    DateTimeOffset? ShipByAt,
    string? Carrier,
    string? TrackingNumber,
    DateTimeOffset? ShippedAt,
    DateTimeOffset? CarrierDeliveredAt,
    DateTimeOffset? ReceivedAt,
    bool RefundedAutomatically,
    ReturnProblem? Problem)
{
    public static ReturnDto From(ReturnShipment r) => new(
        r.Status, r.Origin, MoneyDto.From(r.RefundDue), r.DueAt, r.AddressDueAt, r.Address, r.ToPlatformAddress, r.ShipByAt, r.Carrier,
        r.TrackingNumber, r.ShippedAt, r.CarrierDeliveredAt, r.ReceivedAt, r.RefundedAutomatically, r.Problem);
}

/// <summary>The address the seller wants the goods returned to.</summary>
public sealed record ReturnAddressDto(string? Address);

/// <summary>What the seller found wrong with the returned goods (<c>damaged</c> or <c>missing</c>), in its words.</summary>
public sealed record ReturnProblemDto(ReturnProblem? Problem, string? Statement);

/// <summary>When the carrier delivered the return, as its tracking shows.</summary>
public sealed record ReturnDeliveredDto(DateTimeOffset? DeliveredAt);

/// <summary>The seller's statement: an answer to the claim, or the reasons for rejecting it.</summary>
public sealed record StatementDto(string? Statement);

/// <summary>A counter-offer: a remedy, the amount for refunds (in the dispute's currency), and a note to the buyer.</summary>
public sealed record CounterOfferDto(Remedy Remedy, decimal? Amount, string? Note);

public sealed record AcceptedDto(Guid DisputeId, DisputeStatus Status);

public sealed record OfferMadeDto(Guid DisputeId, Guid OfferId);
