namespace DisputeCenter.Services.Notifications.Email;

/// <summary>The "Email" configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public EmailMode Mode { get; set; } = EmailMode.Smtp;

    /// <summary>The sender, as "Name &lt;address&gt;" or a bare address.</summary>
    public string From { get; set; } = "DisputeCenter <no-reply@disputecenter.example>";

    /// <summary>Where Pickup mode writes .eml files; relative paths are under the content root.</summary>
    public string PickupDirectory { get; set; } = ".data/mail";

    /// <summary>The site's public address, for links in emails (e.g. https://disputes.example.com); without it emails name the path only.</summary>
    public string? SiteUrl { get; set; }

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>Run the outbox sender in this instance.</summary>
    public bool SenderEnabled { get; set; } = true;

    public int SendIntervalSeconds { get; set; } = 10;

    public int BatchSize { get; set; } = 50;

    /// <summary>After this many failed attempts an email is marked Failed and no longer tried.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>
    /// How long a claimed email stays invisible to other senders: a sender that dies mid-batch releases its emails this
    /// way, and another instance sends them again with the same Message-ID.
    /// </summary>
    public int LeaseSeconds { get; set; } = 900;

    /// <summary>Why this instance cannot send, or null when it can.</summary>
    public string? WhyCannotSend() =>
        Mode == EmailMode.Smtp && string.IsNullOrWhiteSpace(Smtp.Host)
            ? "Email:Mode is Smtp but Email:Smtp:Host is not set; emails stay queued until a mail server is configured."
            : null;
}
