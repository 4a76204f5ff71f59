using System.Globalization;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Domain.Tests.Disputes;

/// <summary>
/// The timeline's typed vocabulary against its stored form: entries an earlier version stored still verify and read,
/// and every event writes exactly the payload it always wrote (a renamed key or code would break the hash chain).
/// </summary>
public class TimelineEventTests
{
    private static readonly Guid Id1 = Guid.Parse("01a23610-7596-71af-a5e1-0bbb8c453425");
    private static readonly Guid Id2 = Guid.Parse("01a20cdd-9596-7e75-b64a-ccf5d32ac02b");

    /// <summary>Rows as the previous version of the app stored them (the demo data of 2026-12-03), in chain order.</summary>
    private static readonly StoredRow[] Stored =
    [
        new("6f6234ca-138a-4db2-b04e-730ba9997f90", 1, DisputeEventKind.Filed, ActorKind.Buyer, "2931333a-a96d-4ceb-9f75-ef6640fa603a", "2026-11-17T09:22:58.070707Z",
            "{\"amountClaimed\":\"450.00 USD\",\"offerId\":\"01a1e8d1-1196-708b-a27e-7eecd068d2c2\",\"policy\":\"d0000000-0000-0000-0000-000000000001/v1\",\"reason\":\"DamagedInTransit\",\"remedy\":\"FullRefund\",\"status\":\"AwaitingSeller\"}",
            null, "75c548f1ebdc708b69aa8e178873d739805670a79dbf9b0a5102753dda33c51e"),
        new("6f6234ca-138a-4db2-b04e-730ba9997f90", 2, DisputeEventKind.Escalated, ActorKind.Buyer, "2931333a-a96d-4ceb-9f75-ef6640fa603a", "2026-11-23T09:22:58.070707Z",
            "{\"sellerUnresponsive\":\"true\",\"status\":\"InMediation\",\"why\":\"requested\"}",
            "75c548f1ebdc708b69aa8e178873d739805670a79dbf9b0a5102753dda33c51e", "c236919e1099bf1786f90a4aca34a1405b840631bcdb1232be52cc25bd147c07"),
        new("6f6234ca-138a-4db2-b04e-730ba9997f90", 3, DisputeEventKind.ModeratorAssigned, ActorKind.Moderator, "b583057b-5556-4906-b747-b9dfdfd23802", "2026-11-23T12:22:58.070707Z",
            "{\"status\":\"InMediation\"}",
            "c236919e1099bf1786f90a4aca34a1405b840631bcdb1232be52cc25bd147c07", "d034e194a8c8790468f2dba608e74289940b21f5fb272236210defc513d69e42"),
        new("6f6234ca-138a-4db2-b04e-730ba9997f90", 4, DisputeEventKind.Decided, ActorKind.Moderator, "b583057b-5556-4906-b747-b9dfdfd23802", "2026-11-24T09:22:58.070707Z",
            "{\"citations\":\"claim\",\"decisionId\":\"01a20cdd-9596-7bbd-be90-70002e301c6f\",\"onAppeal\":\"false\",\"outcome\":\"Rejected\",\"rationale\":\"The delivery note was signed without remarks and no photo shows the damage on arrival.\",\"reasonCode\":\"insufficient-evidence\",\"status\":\"Decided\"}",
            "d034e194a8c8790468f2dba608e74289940b21f5fb272236210defc513d69e42", "5db27b2bbc2696fd8493a4294a09825515f0c52923263b4a93149b4c452b61f6"),
        new("6f6234ca-138a-4db2-b04e-730ba9997f90", 5, DisputeEventKind.Appealed, ActorKind.Buyer, "2931333a-a96d-4ceb-9f75-ef6640fa603a", "2026-12-02T09:22:58.070707Z",
            "{\"newInformation\":\"The courier has now confirmed in writing that the crate was damaged in transit.\",\"status\":\"UnderAppeal\"}",
            "5db27b2bbc2696fd8493a4294a09825515f0c52923263b4a93149b4c452b61f6", "6952a8d90367400770add0211230acdbbf9ef7bfef671fef31b3955c08e5e4c4"),
        new("9e403054-1e77-4600-bc10-5ae71d8204e2", 1, DisputeEventKind.Filed, ActorKind.Buyer, "2931333a-a96d-4ceb-9f75-ef6640fa603a", "2026-11-23T09:22:58.070707Z",
            "{\"amountClaimed\":\"468.00 USD\",\"offerId\":\"01a207b7-3996-77df-9239-10f728eb7bc0\",\"policy\":\"d0000000-0000-0000-0000-000000000002/v1\",\"reason\":\"NotAsDescribed\",\"remedy\":\"FullRefund\",\"status\":\"AwaitingSeller\"}",
            null, "cf8b5bffe950f013cc5baa8d3b9fe4124859ff41fee69a27d0b4139fcf846006"),
        new("9e403054-1e77-4600-bc10-5ae71d8204e2", 2, DisputeEventKind.Escalated, ActorKind.Buyer, "2931333a-a96d-4ceb-9f75-ef6640fa603a", "2026-11-28T13:22:58.070707Z",
            "{\"sellerUnresponsive\":\"true\",\"status\":\"InMediation\",\"why\":\"requested\"}",
            "cf8b5bffe950f013cc5baa8d3b9fe4124859ff41fee69a27d0b4139fcf846006", "b6dc67f991091d3e8b235662dd7ded13513fa5f40f9bf10eee6f3fafa1b126b5"),
        new("9e403054-1e77-4600-bc10-5ae71d8204e2", 3, DisputeEventKind.ModeratorAssigned, ActorKind.Moderator, "b583057b-5556-4906-b747-b9dfdfd23802", "2026-11-29T09:22:58.070707Z",
            "{\"status\":\"InMediation\"}",
            "b6dc67f991091d3e8b235662dd7ded13513fa5f40f9bf10eee6f3fafa1b126b5", "52d5d9ad0ed2f2327617257576c8db7d5cc690d71567f46d34034c53c442688e"),
        new("9e403054-1e77-4600-bc10-5ae71d8204e2", 4, DisputeEventKind.AutomaticAction, ActorKind.System, null, "2026-12-03T08:22:58.070707Z",
            "{\"moderatorId\":\"b583057b-5556-4906-b747-b9dfdfd23802\",\"status\":\"InMediation\",\"why\":\"moderator-stalled\"}",
            "52d5d9ad0ed2f2327617257576c8db7d5cc690d71567f46d34034c53c442688e", "b674f2efb399d68bc363c0608896d6d38264cc216dc4a9273ff2ec43bc89b5cc"),
        new("d437fbb5-aef5-4807-8bdf-7b9036e22338", 1, DisputeEventKind.Filed, ActorKind.Buyer, "8d66e476-2cc9-4605-927e-9bf8ecc4f62b", "2026-11-30T09:22:58.070707Z",
            "{\"amountClaimed\":\"1420.00 USD\",\"offerId\":\"01a22bc3-bd96-7d49-8691-21f704fc149f\",\"policy\":\"d0000000-0000-0000-0000-000000000001/v1\",\"reason\":\"NotAsDescribed\",\"remedy\":\"FullRefund\",\"status\":\"AwaitingSeller\"}",
            null, "ca42d154cc113367365f0e8d7b5f9d5de9adfd0f13ba32c380e1194eb8646f37"),
        new("d437fbb5-aef5-4807-8bdf-7b9036e22338", 2, DisputeEventKind.OfferMade, ActorKind.Seller, "a8351cb7-ea19-4479-a52d-69611bdfb666", "2026-12-01T09:22:58.070707Z",
            "{\"amount\":\"568.00 USD\",\"note\":\"We can refund 40% and you keep the goods.\",\"offerId\":\"01a230ea-1996-7c42-8f5d-bf0a0cb881d2\",\"remedy\":\"PartialRefund\",\"status\":\"Negotiating\"}",
            "ca42d154cc113367365f0e8d7b5f9d5de9adfd0f13ba32c380e1194eb8646f37", "7b80aab03b17f17187a94f26b2ad0c32e82ed7f90dfedafc8c99ae784ad4c726"),
        new("fc7f32b7-2929-495f-ab11-d8075c84b60d", 1, DisputeEventKind.Filed, ActorKind.Buyer, "8d66e476-2cc9-4605-927e-9bf8ecc4f62b", "2026-11-24T09:22:58.070707Z",
            "{\"amountClaimed\":\"920.00 USD\",\"offerId\":\"01a20cdd-9596-7e75-b64a-ccf5d32ac02b\",\"policy\":\"d0000000-0000-0000-0000-000000000001/v1\",\"reason\":\"NotAsDescribed\",\"remedy\":\"FullRefund\",\"status\":\"AwaitingSeller\"}",
            null, "44c22a749d60a78504101da08b23b1a1d60f1c234b3bdc8af314135cfb37f456"),
        new("fc7f32b7-2929-495f-ab11-d8075c84b60d", 2, DisputeEventKind.SellerRejected, ActorKind.Seller, "7d00ce3a-c425-466d-8c22-9e6139d343a4", "2026-11-25T09:22:58.070707Z",
            "{\"offerId\":\"01a20cdd-9596-7e75-b64a-ccf5d32ac02b\",\"statement\":\"The goods left our warehouse in perfect condition; see the packing photos.\",\"status\":\"Negotiating\"}",
            "44c22a749d60a78504101da08b23b1a1d60f1c234b3bdc8af314135cfb37f456", "72b606926914a0df2d20257427f574d27865051dca2cecc45353ef3f10ed46a0"),
        new("fc7f32b7-2929-495f-ab11-d8075c84b60d", 3, DisputeEventKind.Escalated, ActorKind.Seller, "7d00ce3a-c425-466d-8c22-9e6139d343a4", "2026-11-27T09:22:58.070707Z",
            "{\"sellerUnresponsive\":\"false\",\"status\":\"InMediation\",\"why\":\"requested\"}",
            "72b606926914a0df2d20257427f574d27865051dca2cecc45353ef3f10ed46a0", "d882adcac5d542e413b8a7f548975bde8a8e61c69bc5c3a7665ea4314e1b65b7"),
        new("fc7f32b7-2929-495f-ab11-d8075c84b60d", 4, DisputeEventKind.ModeratorAssigned, ActorKind.Moderator, "b583057b-5556-4906-b747-b9dfdfd23802", "2026-12-02T07:22:58.070707Z",
            "{\"status\":\"InMediation\"}",
            "d882adcac5d542e413b8a7f548975bde8a8e61c69bc5c3a7665ea4314e1b65b7", "334457c0eb6ee53c113f3f9862a9201999d1476496b0998ae3417dd4c45365e0"),
        new("fc7f32b7-2929-495f-ab11-d8075c84b60d", 5, DisputeEventKind.InformationRequested, ActorKind.Moderator, "b583057b-5556-4906-b747-b9dfdfd23802", "2026-12-02T09:22:58.070707Z",
            "{\"dueAt\":\"2026-12-05T09:22:58.0707070\\u002B00:00\",\"from\":\"Buyer\",\"ifMissed\":\"DecideOnAvailableEvidence\",\"requestId\":\"01a23610-7596-71af-a5e1-0bbb8c453425\",\"status\":\"AwaitingInformation\",\"what\":\"Please upload a photo of the serial number label on each damaged unit.\"}",
            "334457c0eb6ee53c113f3f9862a9201999d1476496b0998ae3417dd4c45365e0", "38002c2c5f46d570094db2aa587480a28aa53246f66f6c5409684bd3cc88d54f"),
    ];

    /// <summary>One stored form of every event type: the payload the writer has always made for it, and what it reads as.</summary>
    public static TheoryData<DisputeEventKind, TimelineEvent, string> StoredForms => new()
    {
        { DisputeEventKind.Filed, new TimelineEvent.Filed(DisputeReason.DamagedInTransit, Remedy.FullRefund, new Money(450m, "USD"), Id1, "d0000000-0000-0000-0000-000000000001/v1"),
            """{"amountClaimed":"450.00 USD","offerId":"01a23610-7596-71af-a5e1-0bbb8c453425","policy":"d0000000-0000-0000-0000-000000000001/v1","reason":"DamagedInTransit","remedy":"FullRefund","status":"AwaitingSeller"}""" },
        { DisputeEventKind.SellerResponded, new TimelineEvent.SellerResponded("We shipped it."), """{"statement":"We shipped it.","status":"Negotiating"}""" },
        { DisputeEventKind.SellerRejected, new TimelineEvent.SellerRejected("No.", Id2),
            """{"offerId":"01a20cdd-9596-7e75-b64a-ccf5d32ac02b","statement":"No.","status":"Negotiating"}""" },
        { DisputeEventKind.SellerRejected, new TimelineEvent.SellerRejected("No.", null), """{"statement":"No.","status":"Negotiating"}""" },
        { DisputeEventKind.OfferMade, new TimelineEvent.OfferMade(Id1, Remedy.PartialRefund, new Money(568m, "USD"), "40%, keep the goods."),
            """{"amount":"568.00 USD","note":"40%, keep the goods.","offerId":"01a23610-7596-71af-a5e1-0bbb8c453425","remedy":"PartialRefund","status":"Negotiating"}""" },
        { DisputeEventKind.OfferMade, new TimelineEvent.OfferMade(Id1, Remedy.Replacement, null, null),
            """{"offerId":"01a23610-7596-71af-a5e1-0bbb8c453425","remedy":"Replacement","status":"Negotiating"}""" },
        { DisputeEventKind.OfferAccepted, new TimelineEvent.OfferAccepted(Id1, Outcome.PartialRefund, new Money(12.5m, "EUR")),
            """{"offerId":"01a23610-7596-71af-a5e1-0bbb8c453425","outcome":"PartialRefund","refund":"12.50 EUR","status":"Settled"}""" },
        { DisputeEventKind.Escalated, new TimelineEvent.Escalated(EscalationReason.Requested, true),
            """{"sellerUnresponsive":"true","status":"InMediation","why":"requested"}""" },
        { DisputeEventKind.Escalated, new TimelineEvent.Escalated(EscalationReason.SellerUnresponsive, true),
            """{"sellerUnresponsive":"true","status":"InMediation","why":"seller-unresponsive"}""" },
        { DisputeEventKind.Escalated, new TimelineEvent.Escalated(EscalationReason.NegotiationTimedOut, false),
            """{"sellerUnresponsive":"false","status":"InMediation","why":"negotiation-timed-out"}""" },
        { DisputeEventKind.ModeratorAssigned, new TimelineEvent.ModeratorAssigned(), """{"status":"InMediation"}""" },
        { DisputeEventKind.ModeratorReleased, new TimelineEvent.ModeratorReleased(), """{"status":"InMediation"}""" },
        { DisputeEventKind.InformationRequested,
            new TimelineEvent.InformationRequested(Id1, Party.Buyer, "A photo, please.", new DateTimeOffset(2026, 12, 5, 9, 22, 58, TimeSpan.Zero).AddTicks(707070), MissedRequestConsequence.DecideOnAvailableEvidence),
            """{"dueAt":"2026-12-05T09:22:58.0707070\u002B00:00","from":"Buyer","ifMissed":"DecideOnAvailableEvidence","requestId":"01a23610-7596-71af-a5e1-0bbb8c453425","status":"AwaitingInformation","what":"A photo, please."}""" },
        { DisputeEventKind.InformationAnswered, new TimelineEvent.InformationAnswered(Id1, "Here it is."),
            """{"answer":"Here it is.","requestId":"01a23610-7596-71af-a5e1-0bbb8c453425","status":"InMediation"}""" },
        { DisputeEventKind.Decided,
            new TimelineEvent.Decided(Id1, Outcome.PartialRefund, new Money(40m, "USD"), "defect-proven", "The photo shows it.", [Citation.Evidence(Id2), Citation.Statement(2), Citation.BuyerClaim], false),
            """{"amount":"40.00 USD","citations":"evidence:01a20cdd-9596-7e75-b64a-ccf5d32ac02b statement:2 claim","decisionId":"01a23610-7596-71af-a5e1-0bbb8c453425","onAppeal":"false","outcome":"PartialRefund","rationale":"The photo shows it.","reasonCode":"defect-proven","status":"Decided"}""" },
        { DisputeEventKind.Decided, new TimelineEvent.Decided(Id1, Outcome.Rejected, null, null, "Nothing new.", [], true),
            """{"decisionId":"01a23610-7596-71af-a5e1-0bbb8c453425","onAppeal":"true","outcome":"Rejected","rationale":"Nothing new.","status":"Decided"}""" },
        { DisputeEventKind.Appealed, new TimelineEvent.Appealed("The courier confirmed it."), """{"newInformation":"The courier confirmed it.","status":"UnderAppeal"}""" },
        { DisputeEventKind.Withdrawn, new TimelineEvent.Withdrawn("It arrived."), """{"reason":"It arrived.","status":"Withdrawn"}""" },
        { DisputeEventKind.Expired, new TimelineEvent.Expired(), """{"status":"Expired","why":"buyer-silent"}""" },
        { DisputeEventKind.Closed, new TimelineEvent.Closed(ClosureReason.AppealWindowClosed), """{"status":"Closed","why":"appeal-window-closed"}""" },
        { DisputeEventKind.Closed, new TimelineEvent.Closed(ClosureReason.AppealDismissedBuyerSilent),
            """{"status":"Closed","why":"appeal-dismissed-buyer-silent"}""" },
        { DisputeEventKind.Closed, new TimelineEvent.Closed(ClosureReason.DecidedOnAppeal), """{"status":"Closed","why":"decided-on-appeal"}""" },
        { DisputeEventKind.EvidenceAdded,
            new TimelineEvent.EvidenceAdded(Id1, EvidenceKind.Photo, "crate.jpg", EvidenceFormat.Jpeg, 123456, new string('a', 64), "2026-12-03 09:22 UTC"),
            """{"bytes":"123456","evidenceId":"01a23610-7596-71af-a5e1-0bbb8c453425","format":"Jpeg","kind":"Photo","name":"crate.jpg","receivedAt":"2026-12-03 09:22 UTC","sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","status":"AwaitingSeller"}""" },
        { DisputeEventKind.EvidenceHidden, new TimelineEvent.EvidenceHidden(Id1, "Contains a phone number"),
            """{"evidenceId":"01a23610-7596-71af-a5e1-0bbb8c453425","reason":"Contains a phone number","status":"InMediation"}""" },
        { DisputeEventKind.MessagePosted, new TimelineEvent.MessagePosted("Any news?"), """{"body":"Any news?","status":"Negotiating"}""" },
        { DisputeEventKind.AutomaticAction, new TimelineEvent.InformationRequestMissed(Id1, MissedRequestConsequence.CloseInFavourOfOtherParty),
            """{"consequence":"CloseInFavourOfOtherParty","requestId":"01a23610-7596-71af-a5e1-0bbb8c453425","status":"Decided","why":"information-request-missed"}""" },
        { DisputeEventKind.AutomaticAction, new TimelineEvent.ModeratorStalled("moderator-1"),
            """{"moderatorId":"moderator-1","status":"InMediation","why":"moderator-stalled"}""" },
        { DisputeEventKind.AutomaticAction, new TimelineEvent.ModeratorStalled(null), """{"status":"InMediation","why":"moderator-stalled"}""" },
        { DisputeEventKind.ModeratorUnassigned, new TimelineEvent.ModeratorUnassigned("moderator-1", UnassignmentReason.ModeratorDisabled),
            """{"moderatorId":"moderator-1","status":"InMediation","why":"moderator-disabled"}""" },
        { DisputeEventKind.Return, new TimelineEvent.ReturnOpened(new Money(450m, "USD"), new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero)),
            """{"dueAt":"2026-12-05T09:00:00.0000000\u002B00:00","refund":"450.00 USD","status":"AwaitingReturn","step":"opened"}""" },
        { DisputeEventKind.Return, new TimelineEvent.ReturnAddressGiven("12 Dock Road, Durban"), """{"address":"12 Dock Road, Durban","status":"AwaitingReturn","step":"address"}""" },
        { DisputeEventKind.Return, new TimelineEvent.ReturnShipped("DHL", "JD014600012345"),
            """{"carrier":"DHL","status":"AwaitingReturn","step":"shipped","trackingNumber":"JD014600012345"}""" },
        { DisputeEventKind.Return, new TimelineEvent.ReturnDelivered(new DateTimeOffset(2026, 12, 9, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 12, 9, 0, 0, TimeSpan.Zero)),
            """{"deliveredAt":"2026-12-09T09:00:00.0000000\u002B00:00","dueAt":"2026-12-12T09:00:00.0000000\u002B00:00","status":"AwaitingReturn","step":"delivered"}""" },
        { DisputeEventKind.Return, new TimelineEvent.ReturnReceived(new Money(450m, "USD"), true),
            """{"automatically":"true","refund":"450.00 USD","status":"Settled","step":"received"}""" },
        { DisputeEventKind.Return, new TimelineEvent.ReturnProblemReported(Domain.Disputes.Returns.ReturnProblem.Damaged, "Smashed."),
            """{"problem":"Damaged","statement":"Smashed.","status":"InMediation","step":"problem"}""" },
        { DisputeEventKind.Return, new TimelineEvent.ReturnNotDelivered(), """{"status":"InMediation","step":"not-delivered"}""" },
        { DisputeEventKind.Return, new TimelineEvent.ReturnLapsed(), """{"status":"Expired","step":"lapsed"}""" },
    };

    [Theory]
    [MemberData(nameof(StoredForms))]
    public void Each_event_reads_from_and_writes_its_stored_form(DisputeEventKind kind, TimelineEvent expected, string payload)
    {
        Assert.Equal(kind, expected.Kind);
        Assert.Equal(expected, TimelineEvent.Read(kind, payload));
        Assert.Equal(payload, expected.ToPayload(TimelineEvent.StatusAfter(payload)));
    }

    [Fact]
    public void Every_kind_has_an_event_type_and_every_event_type_a_stored_form()
    {
        var types = typeof(TimelineEvent).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(TimelineEvent))).ToList();
        Assert.All(types, t => Assert.True(t.IsSealed, $"{t.Name} is not sealed."));
        var samples = StoredForms.Select(row => (TimelineEvent)row[1]).ToList();

        Assert.Empty(types.Except(samples.Select(s => s.GetType())).Select(t => t.Name));
        Assert.Empty(Enum.GetValues<DisputeEventKind>().Except(samples.Select(s => s.Kind)));
    }

    [Fact]
    public void Every_reason_code_has_a_stored_form()
    {
        var samples = StoredForms.Select(row => (TimelineEvent)row[1]).ToList();

        Assert.Equal(Enum.GetValues<EscalationReason>(), samples.OfType<TimelineEvent.Escalated>().Select(e => e.Why).Distinct().Order());
        Assert.Equal(Enum.GetValues<ClosureReason>(), samples.OfType<TimelineEvent.Closed>().Select(e => e.Why).Distinct().Order());
        Assert.Equal(Enum.GetValues<UnassignmentReason>(), samples.OfType<TimelineEvent.ModeratorUnassigned>().Select(e => e.Why).Distinct().Order());
    }

    [Fact]
    public void Entries_stored_by_the_previous_version_still_verify_and_read_back_to_the_same_payload()
    {
        foreach (var chain in Stored.GroupBy(r => r.DisputeId))
        {
            var entries = chain.Select(r => r.ToEntry()).ToList();

            Assert.Equal(chain.Select(r => r.Hash), entries.Select(e => e.Hash));
            Assert.Null(TimelineHasher.VerifyChain(entries));
            Assert.All(entries, e => Assert.Equal(e.Payload, e.Event.ToPayload(e.StatusAfter)));
        }
    }

    [Fact]
    public void An_unknown_code_is_refused_rather_than_read_as_another()
    {
        Assert.ThrowsAny<InvalidOperationException>(() => TimelineEvent.Read(DisputeEventKind.Closed, """{"status":"Closed","why":"appeal-granted"}"""));
        Assert.Throws<FormatException>(() => TimelineEvent.Read(DisputeEventKind.AutomaticAction, """{"status":"Closed","why":"cosmic-rays"}"""));
        Assert.Throws<FormatException>(() => TimelineEvent.Read(DisputeEventKind.SellerResponded, """{"status":"Negotiating"}"""));
    }

    private sealed record StoredRow(
        string DisputeId, int Sequence, DisputeEventKind Kind, ActorKind Actor, string? ActorId, string OccurredAt, string Payload, string? PreviousHash, string Hash)
    {
        public TimelineEntry ToEntry() => TimelineEntry.Create(
            Guid.Parse(DisputeId), Sequence, Kind, Actor, ActorId, DateTimeOffset.Parse(OccurredAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), Payload, PreviousHash);
    }
}
