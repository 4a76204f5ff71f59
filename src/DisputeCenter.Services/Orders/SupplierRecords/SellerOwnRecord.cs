using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Services.Orders.SupplierRecords;

/// <summary>How a dispute of the last 12 months ended (or that it has not yet).</summary>
public enum OutcomeEnding
{
    /// <summary>A moderator decided it (the latest decision counts, as in <see cref="SupplierRecord.Decided"/>).</summary>
    DecidedByModerator,

    /// <summary>The parties settled by accepting an offer.</summary>
    Settled,

    Withdrawn,

    /// <summary>The buyer let a deadline pass.</summary>
    Expired,

    StillOpen,
}

/// <summary>How many disputes ended this way, with this outcome (null where the ending has none).</summary>
public sealed record OutcomeCount(OutcomeEnding Ending, Outcome? Outcome, int Count);

/// <summary>A seller's own view of its record: exactly the figures buyers see, and how each dispute ended.</summary>
public sealed record SellerOwnRecord(Guid SellerId, string BusinessName, SupplierRecord Record, IReadOnlyList<OutcomeCount> Outcomes);
