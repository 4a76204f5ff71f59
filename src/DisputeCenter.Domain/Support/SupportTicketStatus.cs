namespace DisputeCenter.Domain.Support;

/// <summary>Where a support ticket stands (stored as a string; never rename a member).</summary>
public enum SupportTicketStatus
{
    /// <summary>Waiting for support: new, or the customer wrote last.</summary>
    Open,

    /// <summary>Support answered and waits for the customer.</summary>
    WaitingForCustomer,

    Closed,
}
