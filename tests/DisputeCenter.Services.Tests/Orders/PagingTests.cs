using DisputeCenter.Services.Common;

namespace DisputeCenter.Services.Tests.Orders;

public sealed class PagingTests
{
    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(5, 0, 1)]
    [InlineData(0, 100, 1)]
    [InlineData(-5, 100, 1)]
    [InlineData(int.MinValue, 100, 1)]
    [InlineData(3, 100, 3)]
    [InlineData(5, 100, 5)]
    [InlineData(6, 100, 5)]
    [InlineData(int.MaxValue, 100, 5)]
    [InlineData(int.MaxValue, 101, 6)]
    public void A_requested_page_is_held_between_the_first_and_the_last(int requested, int total, int shown)
    {
        Assert.Equal(shown, Paging.Within(requested, 20, total));
    }

    [Fact]
    public void The_offset_of_the_last_page_of_the_largest_count_does_not_overflow()
    {
        var page = Paging.Within(int.MaxValue, 20, int.MaxValue);

        Assert.True((long)(page - 1) * 20 < int.MaxValue);
    }
}
