using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Disputes.CaseBundle;
using DisputeCenter.Web.Localization;

namespace DisputeCenter.Web.Pages.Evidence;

/// <summary>
/// The case file's PDF, as the pages would say it to this reader (their language and time zone, the same words and
/// formats): the parties, the order, the claim, the statements, offers, requests, decisions with what they cite, the
/// evidence in the ZIP, and the timeline with each entry's hash.
/// </summary>
public static class CaseFileDocument
{
    public static byte[] Write(CaseBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var d = bundle.Dispute;
        var footer = $"DisputeCenter · {d.OrderNumber.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)} · {Text.T("Page {0} of {1}")}";
        using var pdf = new CaseFilePdf(Text.T("Case file: dispute about order {0}", d.OrderNumber), footer, bundle.PreparedAt);
        pdf.Fact(Text.T("Prepared for"), Display.Actor(bundle.Viewer.Kind));
        pdf.Fact(Text.T("Prepared"), Display.Instant(bundle.PreparedAt));
        pdf.Fact(Text.T("Status"), Display.Status(d.Status));
        pdf.Space();
        pdf.Paragraph(Text.T("This PDF and every evidence file you may see are in the ZIP beside it. SHA256SUMS lists the SHA-256 of each file: in the unpacked folder, the command sha256sum -c SHA256SUMS checks them all."));
        Parties(pdf, bundle);
        Order(pdf, bundle);
        Claim(pdf, d);
        Statements(pdf, bundle);
        Offers(pdf, d);
        Requests(pdf, d);
        Decisions(pdf, bundle);
        CaseFileEvidence.Write(pdf, bundle);
        Timeline(pdf, bundle);
        return pdf.ToArray();
    }

    private static void Parties(CaseFilePdf pdf, CaseBundle bundle)
    {
        var supplier = bundle.Order.Supplier;
        pdf.Heading(Text.T("Parties"));
        pdf.Fact(Text.T("Buyer"), bundle.Order.BuyerName);
        pdf.Fact(Text.T("Seller"), $"{supplier.BusinessName} ({supplier.Country})");
        pdf.Fact(Text.T("Registration no."), supplier.RegistrationNumber);
        pdf.Fact(Text.T("Address"), supplier.Address);
        pdf.Fact(Text.T("Contact"), $"{supplier.ContactName}, {supplier.ContactEmail}, {supplier.ContactPhone}");
        pdf.Fact(Text.T("Moderator"), bundle.Dispute.AssignedModeratorId is null ? Text.T("Nobody: in the queue") : Text.T("Assigned"));
    }

    private static void Order(CaseFilePdf pdf, CaseBundle bundle)
    {
        var order = bundle.Order;
        pdf.Heading(Text.T("Order {0}", order.Number));
        pdf.Fact(Text.T("Status"), Display.Status(order.Status));
        pdf.Fact(Text.T("Placed"), Display.Instant(order.PlacedAt));
        pdf.Fact(Text.T("Total"), Display.Money(order.Total));
        pdf.Fact(Text.T("Paid"), order.PaidAt is null ? Text.T("Not paid yet") : Display.Instant(order.PaidAt));
        pdf.Fact(Text.T("Payment reference"), order.PaymentReference ?? "–");
        pdf.Fact(Text.T("Trade assurance"), order.AssuranceCovered ? Text.T("Covered: eligible for a refund if the goods do not match the agreement") : Text.T("Not covered"));
        pdf.Fact(Text.T("Shipped"), Display.Instant(order.ShippedAt));
        pdf.Fact(Text.T("Carrier"), order.Carrier ?? "–");
        pdf.Fact(Text.T("Tracking number"), order.TrackingNumber ?? "–");
        pdf.Fact(Text.T("Expected delivery"), Display.Instant(order.ExpectedDeliveryAt));
        pdf.Fact(Text.T("Delivered"), Display.Instant(order.DeliveredAt));
        foreach (var line in order.Lines)
        {
            pdf.Fact(
                Text.T("Item {0}", line.LineNumber),
                $"{line.Quantity} × {line.ProductName} ({line.Category}), {Display.Money(line.UnitPrice)} · {Text.T("Line total")}: {Display.Money(line.LineTotal)} · {Text.T("Delivered")}: {line.QuantityDelivered}");
        }
    }

    private static void Claim(CaseFilePdf pdf, Dispute d)
    {
        pdf.Heading(Text.T("The buyer's claim"));
        pdf.Fact(Text.T("Reason"), Text.T(d.Reason.Title()));
        pdf.Fact(Text.T("Filed"), Display.Instant(d.FiledAt));
        pdf.Fact(Text.T("Claimed"), $"{Display.Money(d.AmountClaimed)} ({Display.Remedy(d.RequestedRemedy)})");
        pdf.Fact(Text.T("Paid"), Display.Money(d.AmountPaid));
        pdf.Fact(Text.T("Refunded before the dispute"), Display.Money(d.RefundedBeforeFiling));
        pdf.Fact(Text.T("Refunded in this dispute"), Display.Money(d.TotalRefunded));
        pdf.Space();
        pdf.Paragraph(d.Description);
    }

    private static void Statements(CaseFilePdf pdf, CaseBundle bundle)
    {
        pdf.Heading(Text.T("Statements"));
        if (bundle.Statements.Count == 0)
        {
            pdf.Paragraph(Text.T("No statements yet."));
        }

        foreach (var statement in bundle.Statements)
        {
            pdf.Paragraph($"{Text.T("Statement {0} in the timeline", statement.Sequence)} · {Display.Actor(statement.Actor)} · {Display.EventKind(statement.Kind)} · {Display.Instant(statement.At)}", bold: true);
            pdf.Paragraph(statement.Text, indent: 12);
        }
    }

    private static void Offers(CaseFilePdf pdf, Dispute d)
    {
        pdf.Heading(Text.T("Offers"));
        foreach (var offer in d.Offers.OrderBy(o => o.Sequence))
        {
            var terms = Display.Remedy(offer.Kind) + (offer.Amount is { } amount ? $", {Display.Money(amount)}" : string.Empty);
            pdf.Paragraph($"{offer.Sequence}. {Text.T(offer.MadeBy.ToString())} · {terms} · {Display.Instant(offer.MadeAt)} · {Text.T(offer.Status.ToString())}", bold: true);
            if (!string.IsNullOrWhiteSpace(offer.Note))
            {
                pdf.Paragraph(offer.Note, indent: 12);
            }
        }

        foreach (var refund in d.Refunds)
        {
            pdf.Fact(Text.T("Refunds"), $"{Display.Money(refund.Amount)} · {Display.Instant(refund.RecordedAt)}");
        }
    }

    private static void Requests(CaseFilePdf pdf, Dispute d)
    {
        pdf.Heading(Text.T("Requests for information"));
        if (d.InformationRequests.Count == 0)
        {
            pdf.Paragraph(Text.T("No information requested yet."));
        }

        foreach (var request in d.InformationRequests.OrderBy(r => r.RequestedAt))
        {
            pdf.Paragraph($"{Display.Instant(request.RequestedAt)} · {Text.T("To the {0}, due {1}", Text.T(request.RequestedFrom.ToString()), Display.Instant(request.DueAt))}", bold: true);
            pdf.Paragraph(request.What, indent: 12);
            pdf.Paragraph($"{Text.T("If you do not answer in time:")} {Display.MissedRequest(request.IfMissed, request.RequestedFrom)}", indent: 12);
            if (request.Answer is not null)
            {
                pdf.Paragraph($"{Text.T("Answer")} ({Display.Instant(request.AnsweredAt)}):", bold: true, indent: 12);
                pdf.Paragraph(request.Answer, indent: 12);
            }
            else if (request.MissedAt is not null)
            {
                pdf.Paragraph(Text.T("Not answered in time."), indent: 12);
            }
        }
    }

    private static void Decisions(CaseFilePdf pdf, CaseBundle bundle)
    {
        var d = bundle.Dispute;
        pdf.Heading(Text.T("Decisions"));
        if (d.Decisions.Count == 0)
        {
            pdf.Paragraph(Text.T("No decision yet."));
        }

        foreach (var decision in d.Decisions.OrderBy(x => x.DecidedAt))
        {
            pdf.Fact(Text.T("Outcome"), Display.Outcome(decision.Outcome) + (decision.Amount is { } amount ? $": {Display.Money(amount)}" : string.Empty));
            pdf.Fact(Text.T("Decided"), Display.Instant(decision.DecidedAt) + (decision.OnAppeal ? Text.T(" (on appeal)") : string.Empty));
            pdf.Fact(Text.T("Reason code"), decision.ReasonCode);
            pdf.Space(3);
            pdf.Paragraph(decision.ReasonCode == Dispute.MissedRequestReasonCode ? Text.T(DisputeTexts.SellerMissedRequest) : decision.Rationale);
            if (decision.Citations.Count > 0)
            {
                pdf.Paragraph(Text.T("The decision rests on"), bold: true);
                foreach (var citation in decision.Citations)
                {
                    pdf.Paragraph("• " + Cited(bundle, citation), indent: 12);
                }
            }

            pdf.Space();
        }
    }

    private static string Cited(CaseBundle bundle, Citation citation) => citation.Kind switch
    {
        CitationKind.BuyerClaim => Text.T("The buyer's claim"),
        CitationKind.Evidence => bundle.Cited(citation) is { } file
            ? $"{Text.T("An item of evidence")}: {file.EntryName}"
            : $"{Text.T("An item of evidence")} ({Text.T("not in your copy")})",
        CitationKind.Statement => Text.T("Statement {0} in the timeline", citation.Reference),
        _ => Text.T("The answer to the moderator's request")
            + (bundle.Dispute.InformationRequests.FirstOrDefault(r => r.Id.ToString() == citation.Reference)?.Answer is { } text ? $": {text}" : string.Empty),
    };

    private static void Timeline(CaseFilePdf pdf, CaseBundle bundle)
    {
        pdf.Heading(Text.T("Timeline"));
        pdf.Paragraph(bundle.Chain.IsIntact
            ? Text.T("Chain verified: all {0} entries are unchanged.", bundle.Chain.Entries)
            : Text.T("Chain broken at entry {0}: the timeline was changed after it was written.", bundle.Chain.FirstBrokenSequence!));
        pdf.Paragraph(Text.T("Each entry's SHA-256 covers the entry and the hash of the entry before it, so changing any entry changes every hash after it."));
        foreach (var entry in bundle.Overview.Timeline)
        {
            var detail = Display.Detail(entry.Event);
            pdf.Space(3);
            pdf.Paragraph($"{entry.Sequence}. {Display.Instant(entry.OccurredAt)} · {Display.Actor(entry.Actor)} · {Display.EventKind(entry.Kind)}", bold: true);
            if (!string.IsNullOrWhiteSpace(detail))
            {
                pdf.Paragraph(detail, indent: 12);
            }

            if (entry.Event is TimelineEvent.EvidenceAdded receipt)
            {
                pdf.Code($"{Text.T("Receipt:")} SHA-256 {receipt.Sha256}", indent: 12);
            }

            pdf.Code($"SHA-256 {entry.Hash}", indent: 12);
        }
    }
}
