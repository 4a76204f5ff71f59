using DisputeCenter.Domain.Common;

namespace DisputeCenter.Services.Notifications;

/// <summary>Where a party follows a dispute: buyers in their disputes, sellers in the seller centre's claims.</summary>
public static class NotificationLinks
{
    public static string DisputePath(Party audience, Guid disputeId) =>
        audience == Party.Seller ? $"/Seller/Claims/{disputeId}" : $"/Disputes/{disputeId}";
}
