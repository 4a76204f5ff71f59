using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DisputeCenter.Samples.Marketplace;

/// <summary>
/// The marketplace's webhook endpoint: plain HTTP on loopback (127.0.0.1 only), at <see cref="Path"/>. Each request is
/// verified (<see cref="WebhookVerifier"/>); a bad one gets 400 and is counted in <see cref="Rejected"/>. A verified event
/// whose <c>webhook-id</c> was seen before (DisputeCenter retries until it gets a 2xx, and an administrator may resend) is
/// answered 200 and dropped; a new one is answered 200 and queued on <see cref="Events"/> for the sample to act on.
/// </summary>
/// <remarks>
/// The queue is in memory, so an event acknowledged just before the program stops is lost to it: a real integration
/// stores the event durably before answering 200, or catches up from <c>GET /api/v1/events</c> when it starts.
/// </remarks>
public sealed class WebhookListener : IAsyncDisposable
{
    public const string Path = "/marketplace-sample/webhooks";

    /// <summary>DisputeCenter's events are small; anything larger than this is not one of them.</summary>
    private const int MaxBody = 1024 * 1024;

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly TextWriter _output;
    private readonly Channel<WebhookEvent> _events = Channel.CreateUnbounded<WebhookEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);
    private volatile WebhookVerifier? _verifier;
    private int _rejected;
    private int _duplicates;

    private WebhookListener(WebApplication app, TimeProvider clock, TextWriter output)
    {
        _app = app;
        _clock = clock;
        _output = output;
    }

    /// <summary>Where DisputeCenter should post, e.g. http://127.0.0.1:43210/marketplace-sample/webhooks.</summary>
    public Uri Url { get; private set; } = null!;

    public ChannelReader<WebhookEvent> Events => _events.Reader;

    public int Rejected => Volatile.Read(ref _rejected);

    public int Duplicates => Volatile.Read(ref _duplicates);

    /// <summary>Starts listening on 127.0.0.1:<paramref name="port"/> (0: a free port).</summary>
    public static async Task<WebhookListener> StartAsync(int port, TimeProvider clock, TextWriter output, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = MaxBody;
        });
        var app = builder.Build();
        var listener = new WebhookListener(app, clock, output);
        app.MapPost(Path, (Func<HttpContext, Task<IResult>>)listener.ReceiveAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        listener.Url = new Uri(address.TrimEnd('/') + Path);
        return listener;
    }

    /// <summary>The endpoint's signing secret, as registering it returned; until then every request is refused.</summary>
    public void UseSecret(string secret) => _verifier = new WebhookVerifier(secret, _clock);

    public async ValueTask DisposeAsync()
    {
        _events.Writer.TryComplete();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        if (_verifier is not { } verifier)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        byte[] body;
        using (var buffer = new MemoryStream())
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            body = buffer.ToArray();
        }

        var headers = context.Request.Headers;
        var id = headers["webhook-id"].ToString();
        var verdict = verifier.Verify(id, headers["webhook-timestamp"], headers["webhook-signature"], body);
        if (!verdict.Valid)
        {
            Interlocked.Increment(ref _rejected);
            await _output.WriteLineAsync($"  ! rejected a webhook ({(id.Length > 0 ? id : "no id")}): {verdict.Reason}");
            return Results.BadRequest();
        }

        if (WebhookEvent.Parse(body) is not { } received)
        {
            Interlocked.Increment(ref _rejected);
            await _output.WriteLineAsync($"  ! rejected a webhook ({id}): the body is not an event");
            return Results.BadRequest();
        }

        if (!_seen.TryAdd(id, true))
        {
            Interlocked.Increment(ref _duplicates);
            await _output.WriteLineAsync($"  = {id} again (a redelivery): already handled, dropped");
            return Results.Ok();
        }

        _events.Writer.TryWrite(received);
        return Results.Ok();
    }
}

/// <summary>An event as a webhook carries it: <c>id</c>, <c>type</c>, <c>created</c> and the type's <c>data</c>.</summary>
public sealed record WebhookEvent(string Id, string Type, DateTimeOffset Created, JsonElement Data)
{
    public static WebhookEvent? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && root.TryGetProperty("created", out var created) && created.TryGetDateTimeOffset(out var at)
                && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                ? new WebhookEvent(id.GetString()!, type.GetString()!, at, data.Clone())
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string? Text(string name) => Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public Guid? IdIn(string name) => System.Guid.TryParse(Text(name), out var value) ? value : null;
}
