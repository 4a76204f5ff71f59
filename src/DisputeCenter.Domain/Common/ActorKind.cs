namespace DisputeCenter.Domain.Common;

/// <summary>Who did something on a dispute's timeline, or who must act next.</summary>
public enum ActorKind
{
    Buyer,
    Seller,
    Moderator,
    System,

    /// <summary>A platform administrator (managing moderators, not deciding cases).</summary>
    Administrator,
}
