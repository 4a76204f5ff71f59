using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.DisputeScenario;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

public class DecisionBasisTests
{
    private static readonly Guid Photo = Guid.NewGuid();
    private static readonly Guid Video = Guid.NewGuid();
    private static readonly Dictionary<Guid, string> Submitted = new() { [Photo] = "crack.jpg", [Video] = "test-run.mp4" };

    private readonly DisputeScenario _scenario = new();

    private DateTimeOffset Now => _scenario.Now;

    [Fact]
    public void A_decision_without_any_citation_is_refused()
    {
        var dispute = _scenario.WithModerator();

        Refused.By<DecisionMustCiteEvidenceRule>(
            () => dispute.Decide(ModeratorId, Outcome.Rejected, null, "no-proof", Rationale, Bases.For(dispute, citations: []), Now));

        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
    }

    [Fact]
    public void The_citations_are_kept_with_the_decision_and_in_the_timeline()
    {
        var dispute = _scenario.WithModerator();
        var statement = dispute.TimelineLength;

        var decision = dispute.Decide(
            ModeratorId,
            Outcome.PartialRefund,
            Usd(40m),
            "defect-proven",
            Rationale,
            Bases.For(dispute, [Citation.Evidence(Photo), Citation.Statement(statement)], Submitted, new HashSet<Guid> { Photo, Video }, new HashSet<int> { statement }),
            Now);

        Assert.Equal([Citation.Evidence(Photo), Citation.Statement(statement)], decision.Citations);
        var decided = dispute.PendingTimeline.Single(e => e.Kind == DisputeEventKind.Decided);
        Assert.Equal([Citation.Evidence(Photo), Citation.Statement(statement)], Assert.IsType<TimelineEvent.Decided>(decided.Event).Citations);
        Assert.Contains($"\"citations\":\"evidence:{Photo} statement:{statement}\"", decided.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_of_another_dispute_cannot_be_cited()
    {
        var dispute = _scenario.WithModerator();
        var foreign = Guid.NewGuid();

        var message = Refused.MessageOf<CitationsMustBelongToTheDisputeRule>(
            () => dispute.Decide(ModeratorId, Outcome.Rejected, null, "no-proof", Rationale, Bases.For(dispute, [Citation.Evidence(foreign)], Submitted, Submitted.Keys.ToHashSet()), Now));

        Assert.Contains(foreign.ToString(), message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_or_answer_that_is_not_in_the_dispute_cannot_be_cited()
    {
        var dispute = _scenario.WithModerator();

        Refused.By<CitationsMustBelongToTheDisputeRule>(
            () => dispute.Decide(ModeratorId, Outcome.Rejected, null, "no-proof", Rationale, Bases.For(dispute, [Citation.Statement(99)]), Now));
        Refused.By<CitationsMustBelongToTheDisputeRule>(
            () => dispute.Decide(ModeratorId, Outcome.Rejected, null, "no-proof", Rationale, Bases.For(dispute, [Citation.Answer(Guid.NewGuid())]), Now));
    }

    [Fact]
    public void An_answer_the_party_gave_can_be_cited()
    {
        var dispute = _scenario.AwaitingInformationFrom(Party.Buyer);
        var request = dispute.OpenInformationRequest!;
        dispute.AnswerInformationRequest(Party.Buyer, BuyerId, "The serial number is on the second photo.", Now);

        var decision = dispute.Decide(ModeratorId, Outcome.Rejected, null, "no-proof", Rationale, Bases.For(dispute, [Citation.Answer(request.Id)]), Now);

        Assert.Equal(Citation.Answer(request.Id), Assert.Single(decision.Citations));
    }

    [Fact]
    public void Deciding_with_unopened_evidence_is_refused_and_names_the_items()
    {
        var dispute = _scenario.WithModerator();

        var rule = Refused.By<EvidenceMustBeOpenedBeforeDecidingRule>(
            () => dispute.Decide(ModeratorId, Outcome.Rejected, null, "no-proof", Rationale, Bases.For(dispute, submitted: Submitted, opened: new HashSet<Guid> { Photo }), Now));

        Assert.Equal([Video], rule.Unopened);
        Assert.Contains("test-run.mp4", rule.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("crack.jpg", rule.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inactive_or_unknown_reason_code_is_refused()
    {
        var dispute = _scenario.WithModerator();

        Refused.By<ReasonCodeMustBeActiveRule>(
            () => dispute.Decide(ModeratorId, Outcome.Rejected, null, "made-up", Rationale, Bases.For(dispute), Now));
    }

    [Fact]
    public void A_stale_form_is_refused_and_nothing_changes()
    {
        var dispute = _scenario.WithModerator();
        var seen = dispute.TimelineLength - 1;

        Refused.By<CaseMustNotHaveChangedSinceOpenedRule>(
            () => dispute.Decide(ModeratorId, Outcome.Rejected, null, "no-proof", Rationale, Bases.For(dispute, seenVersion: seen), Now));
        Refused.By<CaseMustNotHaveChangedSinceOpenedRule>(
            () => dispute.RequestInformation(ModeratorId, Party.Buyer, "Photo of the label.", MissedRequestConsequence.DecideOnAvailableEvidence, seen, Now));

        Assert.Empty(dispute.Decisions);
        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
    }

    [Theory]
    [InlineData("claim")]
    [InlineData("statement:7")]
    [InlineData("evidence:8f9d1a4e-0000-4000-8000-000000000001")]
    [InlineData("answer:8f9d1a4e-0000-4000-8000-000000000002")]
    public void Citations_read_back_from_their_text(string text) =>
        Assert.Equal(text, Citation.Parse(text)!.ToString());

    [Theory]
    [InlineData("")]
    [InlineData("evidence:nope")]
    [InlineData("statement:-1")]
    [InlineData("photo:1")]
    public void Text_that_is_no_citation_reads_as_none(string text) => Assert.Null(Citation.Parse(text));
}

public class ModeratorActionTests
{
    [Fact]
    public void A_case_in_the_queue_can_only_be_taken_and_its_moderator_can_then_work_it()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.InMediation();

        Assert.Equal([ModeratorAction.Take], dispute.ModeratorActions(ModeratorId));
        dispute.AssignModerator(ModeratorId, scenario.Now);

        Assert.Equal(
            new HashSet<ModeratorAction> { ModeratorAction.Release, ModeratorAction.RequestInformation, ModeratorAction.Decide },
            dispute.ModeratorActions(ModeratorId));
        Assert.Empty(dispute.ModeratorActions(OtherModeratorId));
    }
}
