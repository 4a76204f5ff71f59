using MailKit.Security;

namespace DisputeCenter.Services.Notifications.Email;

/// <summary>The "Email:Smtp" configuration section.</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>None, Auto (SSL on port 465, else STARTTLS when offered), SslOnConnect, StartTls or StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    /// <summary>Sign in with these when set.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
}
