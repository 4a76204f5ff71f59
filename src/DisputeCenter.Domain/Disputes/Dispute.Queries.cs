using System.Linq.Expressions;
using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes;

public sealed partial class Dispute
{
    /// <summary>
    /// The seller's answer is awaited: the dispute waits for the seller's first answer; or, while negotiating, a
    /// buyer's offer stands that the seller has not answered with a later offer of its own; or a moderator asked
    /// the seller for information. Written as an expression so that a database can filter and count on it.
    /// </summary>
    public static Expression<Func<Dispute, bool>> AwaitsSellersAnswer { get; } = d =>
        d.Status == DisputeStatus.AwaitingSeller
        || (d.Status == DisputeStatus.Negotiating
            && d.Offers.Any(b => b.MadeBy == Party.Buyer && b.Status == OfferStatus.Standing
                && !d.Offers.Any(s => s.MadeBy == Party.Seller && s.Sequence > b.Sequence)))
        || (d.Status == DisputeStatus.AwaitingInformation
            && d.InformationRequests.Any(r => r.RequestedFrom == Party.Seller && r.AnsweredAt == null && r.MissedAt == null && r.CancelledAt == null));
}
