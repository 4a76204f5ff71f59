using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class UploaderMustBeAPartyOrModeratorRule(EvidenceUploader uploader) : IBusinessRule
{
    public bool IsBroken() =>
        uploader.Kind is not (ActorKind.Buyer or ActorKind.Seller or ActorKind.Moderator)
        || string.IsNullOrWhiteSpace(uploader.UserId);

    public string Message => "Evidence can only be added by the buyer, the seller or a moderator.";
}
