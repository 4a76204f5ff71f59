using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Orders;

namespace DisputeCenter.Domain.Disputes;

/// <summary>
/// Whether, from when and until when the buyer can open a dispute on an order, summed up over every reason that
/// applies to it. It asks the rules <see cref="Dispute.File"/> checks (one open dispute per order, the order paid, the
/// filing window of each reason, seller contact first), so a list never promises what filing would refuse.
/// </summary>
/// <param name="OpensAt">When filing opens at the earliest (null when it is possible now, or not at all).</param>
/// <param name="Until">The last instant a dispute can be filed for any reason (null when not possible).</param>
public sealed record FilingOutlook(FilingOutlookKind Kind, DateTimeOffset? OpensAt, DateTimeOffset? Until, Guid? OpenDisputeId)
{
    /// <param name="conversation">The order's latest conversation with the seller, if any: the one filing looks at.</param>
    /// <param name="openDisputeId">The dispute about the order still open, if any.</param>
    /// <param name="deadlinesFor">The deadlines in force for a dispute about the order for each reason.</param>
    public static FilingOutlook For(
        Order order, SellerConversation? conversation, Guid? openDisputeId, Func<DisputeReason, DeadlineSnapshot> deadlinesFor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(deadlinesFor);
        if (openDisputeId is { } disputeId)
        {
            return new(FilingOutlookKind.DisputeOpen, null, null, disputeId);
        }

        if (new OrderMustBePaidRule(order.IsPaid).IsBroken())
        {
            return NotPossible;
        }

        // A conversation the buyer marked resolved opens nothing: the buyer writes to the seller again first.
        var talking = conversation is { MarkedResolvedAt: null };
        var chances = DisputeReasons.All
            .Select(reason => Chance(order, reason, talking ? conversation : null, deadlinesFor(reason), now))
            .OfType<ReasonChance>()
            .ToList();
        if (chances.Count == 0)
        {
            return NotPossible;
        }

        if (chances.Any(c => c.PossibleNow))
        {
            return new(FilingOutlookKind.Possible, null, chances.Where(c => c.PossibleNow).Max(c => c.Window.Until), null);
        }

        var kind = !talking ? FilingOutlookKind.ContactSellerFirst
            : chances.Any(c => c.ContactDone) ? FilingOutlookKind.OpensLater
            : FilingOutlookKind.TalkingWithSeller;
        return new(kind, chances.Min(c => c.OpensAt), chances.Max(c => c.Window.Until), null);
    }

    private static FilingOutlook NotPossible { get; } = new(FilingOutlookKind.NotPossible, null, null, null);

    /// <summary>One reason's chance: its window, and when seller contact lets the buyer file (now, if it started today).</summary>
    private static ReasonChance? Chance(Order order, DisputeReason reason, SellerConversation? conversation, DeadlineSnapshot deadlines, DateTimeOffset now)
    {
        var window = DisputeReasons.FilingWindowFor(order, reason, deadlines);
        if (window is null || window.IsBefore(now))
        {
            return null;
        }

        var period = deadlines.SellerContactPeriod;
        var contactOpensAt = conversation is null ? SellerConversation.FilingOpensAfterContactStartedAt(now, period) : conversation.FilingOpensAt(period)!.Value;
        var opensAt = window.From > contactOpensAt ? window.From : contactOpensAt;
        var possibleNow = !new DisputeMustBeFiledWithinWindowRule(reason, window, null, now).IsBroken()
            && !new SellerMustBeContactedFirstRule(conversation, period, now).IsBroken();
        return possibleNow || opensAt <= window.Until
            ? new ReasonChance(window, opensAt, contactOpensAt <= now, possibleNow)
            : null;
    }

    private sealed record ReasonChance(TimeWindow Window, DateTimeOffset OpensAt, bool ContactDone, bool PossibleNow);
}
