namespace DisputeCenter.Domain.Common;

/// <summary>
/// What a broken rule is about, when it is about one input rather than the whole action: a form shows the rule's
/// message beside the field that holds it.
/// </summary>
public enum RuleSubject
{
    /// <summary>The action as a whole.</summary>
    Action,

    Amount,
    ReasonCode,
    Rationale,
    Citations,

    /// <summary>What a moderator asks a party for.</summary>
    RequestedInformation,
    DueDate,

    /// <summary>The negotiation time of a deadline policy.</summary>
    NegotiationTime,

    /// <summary>The address returned goods go to.</summary>
    ReturnAddress,
    Carrier,
    TrackingNumber,

    /// <summary>What the seller says went wrong with returned goods.</summary>
    ReturnProblem,

    /// <summary>The version of the case the form was shown with: the form is stale.</summary>
    SeenVersion,
}
