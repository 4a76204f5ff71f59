namespace DisputeCenter.Domain.Notifications;

/// <summary>What a notification is about (stored as a string; never rename a member).</summary>
public enum NotificationKind
{
    DisputeFiled,
    SellerAnswered,
    SellerRejected,
    OfferMade,
    Settled,
    Escalated,
    InformationRequested,
    Decided,
    Appealed,
    Withdrawn,
    Expired,
    Closed,
    DeadlineSoon,

    /// <summary>Support answered the customer's ticket.</summary>
    SupportAnswered,

    /// <summary>The customer wrote on a ticket the recipient (a moderator) holds.</summary>
    SupportCustomerWrote,

    /// <summary>A step of a return and refund: the address, the tracking, the delivery, the receipt or a problem.</summary>
    ReturnUpdate,
}
