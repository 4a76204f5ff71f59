using MimeKit;

namespace DisputeCenter.Services.Notifications.Email;

/// <summary>Delivers one message; one instance serves one batch of the outbox (a scope), so it may keep a connection open.</summary>
public interface IEmailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
