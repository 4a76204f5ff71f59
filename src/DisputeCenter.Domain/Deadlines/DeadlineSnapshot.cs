namespace DisputeCenter.Domain.Deadlines;

/// <summary>
/// The deadline policy as it stood when a dispute was filed, copied onto the dispute so that a later
/// revision of the policy never moves the clocks of a case already running.
/// </summary>
public sealed record DeadlineSnapshot(
    Guid PolicyId,
    int PolicyVersion,
    TimeSpan SellerContactPeriod,
    TimeSpan FilingWindow,
    TimeSpan SellerResponse,
    TimeSpan Negotiation,
    TimeSpan InformationRequestDefault,
    TimeSpan AppealWindow,
    TimeSpan ModeratorAction,
    TimeSpan ReturnAddress,
    TimeSpan ReturnShipment,
    TimeSpan ReturnTransit,
    TimeSpan ReturnReceipt);
