using Microsoft.AspNetCore.DataProtection;

namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>Endpoint secrets encrypted with Data Protection: the database alone never holds one in plain text.</summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("DisputeCenter.Webhooks.EndpointSecret.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Reveal(WebhookEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return _protector.Unprotect(endpoint.ProtectedSecret);
    }
}
