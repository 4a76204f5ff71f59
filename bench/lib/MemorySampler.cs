using System.Globalization;

namespace DisputeCenter.Bench;

/// <summary>Samples a process's resident memory (VmRSS from /proc) every few milliseconds and keeps the peak.</summary>
internal sealed class MemorySampler(int pid) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public long PeakBytes { get; private set; }

    public long CurrentBytes() =>
        File.ReadLines($"/proc/{pid}/status")
            .Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024)
            .Single();

    public void Start()
    {
        PeakBytes = CurrentBytes();
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                PeakBytes = Math.Max(PeakBytes, CurrentBytes());
                await Task.Delay(20);
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        _stop.Dispose();
    }
}
