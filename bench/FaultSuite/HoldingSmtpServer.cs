using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace FaultSuite;

/// <summary>
/// An SMTP server on loopback that keeps every message, and holds the first message to one of <see cref="Watched"/>
/// unanswered until <see cref="Release"/>: its sender has sent it and waits for the "250 OK" it would record.
/// </summary>
public sealed class HoldingSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _holding;

    public HoldingSmtpServer(int port, IReadOnlySet<string> watched)
    {
        Watched = watched;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public IReadOnlySet<string> Watched { get; }

    /// <summary>Every message received to a watched address, by Message-ID, as it arrived.</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    /// <summary>The held message's Message-ID and the sender's client port, once one is held.</summary>
    public TaskCompletionSource<(string MessageId, int ClientPort)> Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _release.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Release();
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Store(HoldingSmtpServer server) : IMessageStore
    {
        public async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            if (!message.To.Mailboxes.Any(m => server.Watched.Contains(m.Address)))
            {
                return SmtpResponse.Ok;
            }

            var id = message.MessageId ?? string.Empty;
            if (Interlocked.Exchange(ref server._holding, 1) == 0)
            {
                var client = (IPEndPoint)context.Properties[EndpointListener.RemoteEndPointKey];
                server.Held.TrySetResult((id, client.Port));
                await server._release.Task;
            }

            server.Received.Enqueue(id);
            return SmtpResponse.Ok;
        }
    }
}
