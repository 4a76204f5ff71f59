using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Services.Disputes;

/// <summary>Who is acting on a dispute, and in which capacity. Pages build it from the signed-in user and the area.</summary>
public sealed record DisputeActor(ActorKind Kind, string UserId)
{
    public static DisputeActor Buyer(string userId) => new(ActorKind.Buyer, userId);

    public static DisputeActor Seller(string userId) => new(ActorKind.Seller, userId);

    public static DisputeActor Moderator(string userId) => new(ActorKind.Moderator, userId);

    public static DisputeActor Administrator(string userId) => new(ActorKind.Administrator, userId);

    /// <summary>The marketplace's own systems (an API client with a marketplace key), reporting facts such as a carrier's delivery.</summary>
    public static DisputeActor Marketplace(string clientId) => new(ActorKind.System, clientId);

    public Party Party => Kind switch
    {
        ActorKind.Buyer => Party.Buyer,
        ActorKind.Seller => Party.Seller,
        _ => throw new InvalidOperationException($"A {Kind} is not a party to a dispute."),
    };

    /// <summary>A party sees only its own disputes; a moderator (and an administrator managing moderators) and the marketplace see every case.</summary>
    public bool MaySee(Dispute dispute) => Kind switch
    {
        ActorKind.Buyer => dispute.BuyerId == UserId,
        ActorKind.Seller => dispute.SellerUserId == UserId,
        ActorKind.Moderator or ActorKind.Administrator or ActorKind.System => true,
        _ => false,
    };
}
