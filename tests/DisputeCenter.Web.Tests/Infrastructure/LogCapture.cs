using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace DisputeCenter.Web.Tests.Infrastructure;

/// <summary>Every log event the app writes, rendered, for tests that read the log (the app's Serilog reads sinks from DI).</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public void Emit(LogEvent logEvent) =>
        _lines.Enqueue($"{logEvent.Level} {logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} {string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"))}");
}
