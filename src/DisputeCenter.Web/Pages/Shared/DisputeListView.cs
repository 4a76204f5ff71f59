using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Disputes.ListDisputes;

namespace DisputeCenter.Web.Pages.Shared;

/// <summary>
/// The table of disputes that the buyer's "My disputes" and the seller's claims share (<c>_DisputeList</c>): whose list it
/// is decides where a row links and when the next move reads "Your move".
/// </summary>
public sealed record DisputeListView(IReadOnlyList<DisputeSummary> Disputes, Party Viewer, DateTimeOffset Now)
{
    /// <summary>The dispute's page for this party: the buyer's dispute, or the seller's claim.</summary>
    public string DetailsPage(DisputeSummary dispute) =>
        Viewer == Party.Seller ? $"/Seller/Claims/{dispute.Id}" : $"/Disputes/{dispute.Id}";

    public bool IsMine(ActorKind actor) => actor == (Viewer == Party.Seller ? ActorKind.Seller : ActorKind.Buyer);
}
