namespace DisputeCenter.Domain.Disputes.Returns;

/// <summary>What went wrong with returned goods (stored as a string).</summary>
public enum ReturnProblem
{
    /// <summary>The seller received the goods damaged, or not in the state they were sent.</summary>
    Damaged,

    /// <summary>The seller says the parcel did not arrive, or arrived with goods missing.</summary>
    Missing,

    /// <summary>The carrier never showed the parcel delivered within the transit time (the platform notes this).</summary>
    NotDelivered,
}
