using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Returns;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class CarrierMustBeGivenRule(string? carrier) : TextRule("The carrier", carrier, 2, ReturnShipment.CarrierMaxLength)
{
    public override RuleSubject Subject => RuleSubject.Carrier;
}
