using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class UploaderMustBeAPartyOrModeratorRule(EvidenceUploader uploader) : BusinessRule
{
    public override bool IsBroken() =>
        uploader.Kind is not (ActorKind.Buyer or ActorKind.Seller or ActorKind.Moderator)
        || string.IsNullOrWhiteSpace(uploader.UserId);

    public override DomainText Text => Say($"Evidence can only be added by the buyer, the seller or a moderator.");
}
