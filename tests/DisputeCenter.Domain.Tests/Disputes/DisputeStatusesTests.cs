using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Tests.Support;

namespace DisputeCenter.Domain.Tests.Disputes;

public class DisputeStatusesTests
{
    [Fact]
    public void Every_status_is_either_open_or_ended_and_the_lists_keep_the_enum_order()
    {
        Assert.Empty(DisputeStatuses.Open.Intersect(DisputeStatuses.Ended));
        Assert.Equal(Enum.GetValues<DisputeStatus>().Order(), DisputeStatuses.Open.Concat(DisputeStatuses.Ended).Order());
        Assert.Equal(DisputeStatuses.Open.Order(), DisputeStatuses.Open);
        Assert.Equal(DisputeStatuses.Ended.Order(), DisputeStatuses.Ended);
        Assert.Equal(DisputeStatuses.WithModerators.Order(), DisputeStatuses.WithModerators);
    }

    [Fact]
    public void The_moderators_cases_are_open_ones()
    {
        Assert.All(DisputeStatuses.WithModerators, s => Assert.True(s.IsOpen(), $"{s} is with the moderators but not open."));
        Assert.Equal([DisputeStatus.Settled, DisputeStatus.Withdrawn, DisputeStatus.Expired, DisputeStatus.Closed], DisputeStatuses.Ended);
    }

    [Fact]
    public void A_dispute_is_open_exactly_while_its_status_is()
    {
        var decided = new DisputeScenario().Decided();
        var scenario = new DisputeScenario();
        var withdrawn = scenario.Negotiating();
        withdrawn.Withdraw(TestOrders.BuyerId, "Solved with the seller.", scenario.Now);

        Assert.True(decided.IsOpen);
        Assert.False(withdrawn.IsOpen);
        Assert.Equal(DisputeStatus.Withdrawn, withdrawn.Status);
    }
}
