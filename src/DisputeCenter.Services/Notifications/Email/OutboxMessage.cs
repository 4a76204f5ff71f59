using MimeKit;

namespace DisputeCenter.Services.Notifications.Email;

/// <summary>Turns an outbox row into a MIME message. Its Message-ID comes from the row, so a retried email keeps its identity.</summary>
public static class OutboxMessage
{
    public static MimeMessage Compose(OutboxEmail email, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(options);
        var from = MailboxAddress.Parse(options.From);
        var message = new MimeMessage
        {
            Subject = email.Subject,
            Date = email.CreatedAt,
            MessageId = $"{email.Id:N}@{from.Domain}",
            Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = email.TextBody },
        };
        message.From.Add(from);
        message.To.Add(new MailboxAddress(email.ToName ?? string.Empty, email.ToAddress));
        message.Prepare(EncodingConstraint.SevenBit);
        return message;
    }
}
