namespace DisputeCenter.Domain.Disputes;

/// <summary>What a party can do on a dispute; pages offer exactly the ones <see cref="Dispute.AvailableActions"/> allows now.</summary>
public enum DisputeAction
{
    /// <summary>The seller answers the claim (with a statement, by rejecting it, or by countering).</summary>
    AnswerClaim,
    AcceptClaim,
    MakeOffer,
    AcceptOffer,
    RequestMediation,
    Withdraw,
    AnswerRequest,
    Appeal,
    PostMessage,

    /// <summary>The seller gives the address a return goes to.</summary>
    GiveReturnAddress,

    /// <summary>The buyer enters the carrier and tracking number of the return.</summary>
    ShipReturn,

    /// <summary>The seller confirms the returned goods or reports them damaged or missing.</summary>
    ConfirmReturn,
}
