namespace DisputeCenter.Web.Tests.Infrastructure;

/// <summary>
/// The real clock, moved forward by what a test adds with <see cref="Advance"/>: timers run in real time (a background
/// service's ticks come), yet days can pass at once. For a test with a program outside it that reads the same clock.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _shiftTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _shiftTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _shiftTicks));
}
