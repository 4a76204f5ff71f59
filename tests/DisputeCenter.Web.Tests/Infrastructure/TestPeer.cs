using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace DisputeCenter.Web.Tests.Infrastructure;

/// <summary>
/// The TCP peer of a test request, which the test server cannot vary: a test-only middleware ahead of the app's pipeline
/// sets <c>RemoteIpAddress</c> from the <see cref="Header"/> header (absent: the test server's own, none).
/// </summary>
public sealed class TestPeer : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var peer))
            {
                context.Connection.RemoteIpAddress = peer;
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
