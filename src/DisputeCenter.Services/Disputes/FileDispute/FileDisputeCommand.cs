using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Services.Disputes.FileDispute;

/// <summary>What the buyer asks for when opening a formal dispute. The amount is in the order's currency.</summary>
public sealed record FileDisputeCommand
{
    /// <summary>
    /// Chosen when the form is first shown, so that submitting the same form twice (a double click, a
    /// resent request) files one dispute: the second submission finds the first.
    /// </summary>
    public Guid? DisputeId { get; init; }

    public Guid OrderId { get; init; }

    public DisputeReason Reason { get; init; }

    public string Description { get; init; } = string.Empty;

    public decimal AmountClaimed { get; init; }

    public Remedy Remedy { get; init; }
}
