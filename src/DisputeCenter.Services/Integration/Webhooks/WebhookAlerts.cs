using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;

namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>Tells every administrator, by email (the outbox, saved with the caller's unit of work), that an endpoint was disabled.</summary>
public sealed class WebhookAlerts(UserManager<ApplicationUser> users, AccountMail mail)
{
    public async Task EndpointDisabledAsync(WebhookEndpoint endpoint, string clientName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var admin in await users.GetUsersInRoleAsync(Roles.Administrator))
        {
            mail.Queue(
                admin,
                DomainText.Of($"A webhook endpoint was disabled"),
                [
                    DomainText.Of($"The webhook endpoint {endpoint.Url} of the integration client {clientName} has not accepted a delivery for three days, so it is disabled and no more events are sent to it."),
                    DomainText.Of($"Its deliveries are listed at {mail.Link("/Admin/Webhooks")}, where you can turn it on again once the client has fixed it."),
                ]);
        }
    }
}
