namespace DisputeCenter.Domain.Disputes;

/// <summary>What happens when a party misses a moderator's information request (chosen by the moderator).</summary>
public enum MissedRequestConsequence
{
    /// <summary>Buyer silent: the dispute expires (closed, no refund). Seller silent: decided for the buyer's claim.</summary>
    CloseInFavourOfOtherParty,

    /// <summary>The case goes back to the moderator, who decides on the evidence available.</summary>
    DecideOnAvailableEvidence,
}
