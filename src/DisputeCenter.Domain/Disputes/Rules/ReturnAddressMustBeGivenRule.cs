using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Returns;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A return address a carrier can deliver to: more than a word, at most <see cref="ReturnShipment.AddressMaxLength"/> characters.</summary>
public sealed class ReturnAddressMustBeGivenRule(string? address) : TextRule("The return address", address, 10, ReturnShipment.AddressMaxLength)
{
    public override RuleSubject Subject => RuleSubject.ReturnAddress;
}
