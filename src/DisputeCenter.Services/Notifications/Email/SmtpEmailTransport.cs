using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DisputeCenter.Services.Notifications.Email;

/// <summary>Sends through the configured SMTP server with MailKit, connecting once per batch.</summary>
public sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport, IAsyncDisposable
{
    private readonly SmtpClient _client = new();

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (!_client.IsConnected)
        {
            var smtp = options.Value.Smtp;
            _client.Timeout = (int)TimeSpan.FromSeconds(smtp.TimeoutSeconds).TotalMilliseconds;
            await _client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."), smtp.Port, smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await _client.AuthenticateAsync(smtp.User, smtp.Password ?? string.Empty, cancellationToken);
            }
        }

        await _client.SendAsync(message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException or OperationCanceledException or TimeoutException)
        {
            // The messages are sent and recorded; a failed goodbye changes nothing.
        }

        _client.Dispose();
    }
}
