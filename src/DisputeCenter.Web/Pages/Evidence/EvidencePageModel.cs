using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Pages.Evidence;

/// <summary>Pages of one dispute's evidence: the signed-in user meets it as its buyer, its seller, or a moderator.</summary>
public abstract class EvidencePageModel(DisputeAccess access) : PageModel
{
    protected Task<DisputeActor?> ActorForAsync(Guid disputeId, CancellationToken cancellationToken) =>
        access.ActorForAsync(disputeId, User.UserId(), User.IsInRole(Roles.Moderator), cancellationToken);
}
