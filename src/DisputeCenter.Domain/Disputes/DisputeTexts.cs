using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes;

/// <summary>
/// The texts a dispute writes about itself, in one place: what each party must do next, what happens if they don't,
/// and what a missed deadline did. A page shows them in the reader's language.
/// </summary>
public static class DisputeTexts
{
    public static readonly DomainText SellerMustAnswer =
        DomainText.Plain("Answer the dispute: accept the claim, make an offer, or reject it with your side and evidence.");

    public static readonly DomainText IfSellerSilent = DomainText.Plain("The case goes to a moderator and you are marked unresponsive.");
    public static readonly DomainText MakeAnOffer = DomainText.Plain("Make an offer, or ask for mediation.");
    public static readonly DomainText IfNegotiationTimesOut = DomainText.Plain("The case goes to a moderator automatically.");
    public static readonly DomainText TakeTheCase = DomainText.Plain("Take the case from the queue.");
    public static readonly DomainText ReviewAndDecide = DomainText.Plain("Review both sides, then decide or request information.");
    public static readonly DomainText IfModeratorStalls = DomainText.Plain("The case is flagged as stalled and returned to the queue.");
    public static readonly DomainText AppealIfYouDisagree = DomainText.Plain("If you disagree, appeal once with new information.");
    public static readonly DomainText IfNobodyAppeals = DomainText.Plain("The decision becomes final and the case closes.");
    public static readonly DomainText IfMissedDecideOnEvidence = DomainText.Plain("The moderator decides on the evidence available.");
    public static readonly DomainText IfMissedAppealDismissed = DomainText.Plain("The appeal is dismissed and the decision stands.");
    public static readonly DomainText IfMissedExpires = DomainText.Plain("The dispute expires without a refund.");
    public static readonly DomainText IfMissedDecidedForBuyer = DomainText.Plain("The case is decided for the buyer's claim.");

    public static readonly DomainText SellerDidNotAnswer = DomainText.Plain("The seller did not answer in time; the case went to mediation.");
    public static readonly DomainText PartiesDidNotSettle = DomainText.Plain("The parties did not settle in time; the case went to mediation.");
    public static readonly DomainText PartyMissedRequest = DomainText.Plain("The party did not answer in time; the moderator decides on the evidence available.");
    public static readonly DomainText SellerMissedRequest = DomainText.Plain("The seller did not answer in time; decided for the buyer's claim.");
    public static readonly DomainText BuyerMissedRequestOnAppeal = DomainText.Plain("The buyer did not answer in time; the appeal is dismissed and the decision stands.");
    public static readonly DomainText BuyerMissedRequest = DomainText.Plain("The buyer did not answer in time; the dispute expired without a refund.");
    public static readonly DomainText ModeratorStalled = DomainText.Plain("No moderator acted in time; the case is flagged and back in the queue.");
    public static readonly DomainText NobodyAppealed = DomainText.Plain("Nobody appealed in time; the decision is final.");

    public static readonly DomainText GiveReturnAddress = DomainText.Plain("Give the address the goods should go back to.");
    public static readonly DomainText IfNoReturnAddress = DomainText.Plain("The buyer is given the platform's returns address instead.");
    public static readonly DomainText WaitForReturnAddress = DomainText.Plain("Wait for the seller's return address; if none comes, you get the platform's.");
    public static readonly DomainText ShipTheReturn = DomainText.Plain("Send the goods back and enter the carrier and tracking number.");
    public static readonly DomainText IfReturnNotShipped = DomainText.Plain("The return lapses and the dispute closes without a refund.");
    public static readonly DomainText ConfirmReturnOrReport = DomainText.Plain("When the parcel arrives, confirm it, or report the goods damaged or missing.");
    public static readonly DomainText IfReturnNotDelivered = DomainText.Plain("If the carrier shows no delivery by then, a moderator looks into it.");
    public static readonly DomainText ConfirmReturnNow = DomainText.Plain("The carrier shows the goods delivered: confirm them, or report them damaged or missing.");
    public static readonly DomainText IfSellerSilentAfterDelivery = DomainText.Plain("The buyer is refunded automatically.");

    public static readonly DomainText SellerGaveNoReturnAddress = DomainText.Plain("The seller gave no return address in time; the platform's returns address is used.");
    public static readonly DomainText BuyerDidNotShipReturn = DomainText.Plain("The buyer did not send the goods back in time; the dispute closed without a refund.");
    public static readonly DomainText ReturnNotDelivered = DomainText.Plain("The carrier showed no delivery in time; a moderator looks into the return.");
    public static readonly DomainText SellerSilentAfterDelivery = DomainText.Plain("The seller did not confirm the delivered goods in time; the buyer was refunded.");

    /// <summary>"Accept or answer the seller's offer (partial refund of 40.00 USD)."</summary>
    public static DomainText AnswerTheOffer(Party madeBy, DomainText offer) =>
        DomainText.Of($"Accept or answer the {DomainText.Plain(madeBy.ToString().ToLowerInvariant())}'s offer ({offer}).");

    /// <summary>The moderator's question is shown as the moderator wrote it.</summary>
    public static DomainText AnswerTheModerator(string what) => DomainText.Of($"Answer the moderator: {what}");

    /// <summary>An offer in words: "full refund" or "partial refund of 40.00 USD" (a page writes both in its language).</summary>
    public static DomainText Describe(Remedy kind, Money? amount) =>
        amount is { } money ? DomainText.Of($"{kind.Phrase()} of {money}") : kind.Phrase();
}
