using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Disputes;

/// <summary>In which capacity a signed-in user meets a dispute: its buyer, its seller, a moderator, or not at all.</summary>
public sealed class DisputeAccess(DisputeCenterDbContext db)
{
    public async Task<DisputeActor?> ActorForAsync(Guid disputeId, string userId, bool isModerator, CancellationToken cancellationToken = default)
    {
        var parties = await db.Disputes.Where(d => d.Id == disputeId)
            .Select(d => new { d.BuyerId, d.SellerUserId })
            .SingleOrDefaultAsync(cancellationToken);
        return parties switch
        {
            null => null,
            _ when parties.BuyerId == userId => DisputeActor.Buyer(userId),
            _ when parties.SellerUserId == userId => DisputeActor.Seller(userId),
            _ when isModerator => DisputeActor.Moderator(userId),
            _ => null,
        };
    }
}
