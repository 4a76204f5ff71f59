using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.DisputeScenario;

namespace DisputeCenter.Domain.Tests.Disputes;

public class AdministrationTests
{
    private const string AdministratorId = "admin-1";

    private readonly DisputeScenario _scenario = new();

    private DateTimeOffset Now => _scenario.Now;

    [Fact]
    public void An_administrator_returns_a_disabled_moderators_case_to_the_queue_and_the_timeline_says_so()
    {
        var dispute = _scenario.WithModerator();
        dispute.ClearPendingTimeline();
        _scenario.Advance(TimeSpan.FromHours(5));

        dispute.UnassignModerator(AdministratorId, ModeratorId, UnassignmentReason.ModeratorDisabled, Now);

        Assert.Null(dispute.AssignedModeratorId);
        Assert.Null(dispute.AssignedAt);
        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
        Assert.Equal(Now + dispute.Deadlines.ModeratorAction, dispute.NextDeadlineAt);
        var entry = Assert.Single(dispute.PendingTimeline);
        Assert.Equal((DisputeEventKind.ModeratorUnassigned, ActorKind.Administrator, AdministratorId), (entry.Kind, entry.Actor, entry.ActorId));
        Assert.Equal(new TimelineEvent.ModeratorUnassigned(ModeratorId, UnassignmentReason.ModeratorDisabled), entry.Event);
        Assert.Contains("\"why\":\"moderator-disabled\"", entry.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public void While_a_party_owes_the_moderator_an_answer_the_request_and_its_due_date_stay()
    {
        var dispute = _scenario.AwaitingInformationFrom(Party.Buyer);
        var due = dispute.NextDeadlineAt;

        dispute.UnassignModerator(AdministratorId, ModeratorId, UnassignmentReason.ModeratorDisabled, Now);

        Assert.Equal((DisputeStatus.AwaitingInformation, due, (string?)null), (dispute.Status, dispute.NextDeadlineAt, dispute.AssignedModeratorId));
        Assert.NotNull(dispute.OpenInformationRequest);
    }

    [Fact]
    public void A_case_that_is_not_with_that_moderator_is_refused()
    {
        var queued = _scenario.InMediation();
        var withOther = new DisputeScenario().WithModerator();

        Refused.By<CaseMustBeWithTheModeratorRule>(() => queued.UnassignModerator(AdministratorId, ModeratorId, UnassignmentReason.ModeratorDisabled, Now));
        Refused.By<CaseMustBeWithTheModeratorRule>(() => withOther.UnassignModerator(AdministratorId, OtherModeratorId, UnassignmentReason.ModeratorDisabled, Now));
    }

    [Fact]
    public void A_decided_case_has_no_moderator_to_take_off()
    {
        var decided = _scenario.Decided();

        Refused.By<DisputeMustBeInStatusRule>(() => decided.UnassignModerator(AdministratorId, ModeratorId, UnassignmentReason.ModeratorDisabled, Now));
    }
}
