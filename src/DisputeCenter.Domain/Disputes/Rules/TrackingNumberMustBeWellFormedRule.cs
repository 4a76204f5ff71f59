using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Returns;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>
/// A tracking number as carriers print them: letters and digits, perhaps grouped by spaces or hyphens, between
/// <see cref="ReturnShipment.TrackingNumberMinLength"/> and <see cref="ReturnShipment.TrackingNumberMaxLength"/> characters.
/// </summary>
public sealed class TrackingNumberMustBeWellFormedRule(string? trackingNumber) : BusinessRule
{
    private string Typed => trackingNumber?.Trim() ?? string.Empty;

    public override RuleSubject Subject => RuleSubject.TrackingNumber;

    public override bool IsBroken() =>
        Typed.Length is < ReturnShipment.TrackingNumberMinLength or > ReturnShipment.TrackingNumberMaxLength
        || !Typed.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-')
        || Typed.Count(char.IsAsciiLetterOrDigit) < ReturnShipment.TrackingNumberMinLength;

    public override DomainText Text => Typed.Length == 0
        ? Say($"The tracking number is required.")
        : Say($"Enter the tracking number as the carrier printed it: {ReturnShipment.TrackingNumberMinLength} to {ReturnShipment.TrackingNumberMaxLength} letters and digits.");
}
