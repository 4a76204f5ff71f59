using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DisputeCenter.Web.Startup;

/// <summary>
/// How slow a client may be: Kestrel drops a request body or a response that moves slower than
/// <c>Transfers:MinBytesPerSecond</c> once <c>Transfers:GraceSeconds</c> have passed, so a trickling upload cannot hold a
/// connection (and the transfer slot it took, see <see cref="RateLimits.Uploads"/>) for hours.
/// </summary>
public static class Transfers
{
    public const string Section = "Transfers";

    public static IServiceCollection AddTransferRates(this IServiceCollection services, IConfiguration configuration)
    {
        var bytesPerSecond = configuration.GetValue($"{Section}:MinBytesPerSecond", 240.0);
        var grace = TimeSpan.FromSeconds(configuration.GetValue($"{Section}:GraceSeconds", 10.0));
        // 0 switches the minimum off (a benchmark's worst case; never in a deployment on the internet).
        var rate = bytesPerSecond > 0 ? new MinDataRate(bytesPerSecond, grace) : null;
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MinRequestBodyDataRate = rate;
            kestrel.Limits.MinResponseDataRate = rate;
        });
        return services;
    }
}
