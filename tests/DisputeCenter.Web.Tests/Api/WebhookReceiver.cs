using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DisputeCenter.Web.Tests.Api;

/// <summary>A real HTTP server on loopback that records every webhook it gets and answers with the status codes it was given, then 200.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers;

    private WebhookReceiver(WebApplication app, IEnumerable<int> answers)
    {
        _app = app;
        _answers = new ConcurrentQueue<int>(answers);
    }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public string Url { get; private set; } = string.Empty;

    public static async Task<WebhookReceiver> StartAsync(params int[] answers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, answers);
        app.MapPost("/hooks", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            receiver.Received.Enqueue(new ReceivedWebhook(
                context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal), body));
            context.Response.StatusCode = receiver._answers.TryDequeue(out var status) ? status : StatusCodes.Status200OK;
            await context.Response.WriteAsync(context.Response.StatusCode == 200 ? "thanks" : "try again later");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = address.TrimEnd('/') + "/hooks";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body);
