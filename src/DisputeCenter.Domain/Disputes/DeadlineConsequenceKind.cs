namespace DisputeCenter.Domain.Disputes;

public enum DeadlineConsequenceKind
{
    EscalatedSellerUnresponsive,
    EscalatedNegotiationTimedOut,
    ExpiredBuyerSilent,
    AppealDismissedBuyerSilent,
    DecidedForBuyerSellerSilent,
    ReturnedToModerator,
    ModeratorStalled,
    Closed,
    ReturnToPlatformAddress,
    ReturnLapsed,
    ReturnNotDelivered,
    ReturnRefundedAutomatically,
}
