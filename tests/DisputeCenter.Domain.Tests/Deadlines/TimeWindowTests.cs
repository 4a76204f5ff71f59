using DisputeCenter.Domain.Deadlines;

namespace DisputeCenter.Domain.Tests.Deadlines;

public class TimeWindowTests
{
    private static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeWindow Window = TimeWindow.Starting(From, TimeSpan.FromDays(30));

    [Fact]
    public void Both_ends_are_inside_the_window()
    {
        Assert.True(Window.Contains(Window.From));
        Assert.True(Window.Contains(Window.Until));
    }

    [Fact]
    public void A_second_outside_either_end_is_outside_the_window()
    {
        Assert.False(Window.Contains(Window.From.AddSeconds(-1)));
        Assert.False(Window.Contains(Window.Until.AddSeconds(1)));
    }

    [Fact]
    public void A_window_is_before_a_moment_after_it_closes_and_after_a_moment_before_it_opens()
    {
        Assert.True(Window.IsBefore(Window.Until.AddSeconds(1)));
        Assert.False(Window.IsBefore(Window.Until));
        Assert.True(Window.IsAfter(Window.From.AddSeconds(-1)));
        Assert.False(Window.IsAfter(Window.From));
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TimeWindow(From, From.AddTicks(-1)));
    }

    [Fact]
    public void Ends_are_stored_in_utc()
    {
        var window = new TimeWindow(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.FromHours(8)), From.AddDays(1));

        Assert.Equal(TimeSpan.Zero, window.From.Offset);
        Assert.Equal(From, window.From);
        Assert.Equal(TimeSpan.FromDays(1), window.Length);
    }
}
