using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence;

/// <summary>
/// Who is adding evidence: which side of the case and which account. The caller decides whether this user may act
/// on the dispute; the evidence vault only records who did.
/// </summary>
public sealed record EvidenceUploader(ActorKind Kind, string UserId)
{
    public static EvidenceUploader Buyer(string userId) => new(ActorKind.Buyer, userId);

    public static EvidenceUploader Seller(string userId) => new(ActorKind.Seller, userId);

    public static EvidenceUploader Moderator(string userId) => new(ActorKind.Moderator, userId);
}
