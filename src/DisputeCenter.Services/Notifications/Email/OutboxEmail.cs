namespace DisputeCenter.Services.Notifications.Email;

/// <summary>
/// An email waiting in the outbox table, written in the same transaction as the event it tells about, and sent
/// later by <see cref="OutboxEmailSender"/>: a slow or absent mail server never fails the user's action.
/// </summary>
public sealed class OutboxEmail
{
    public const int AddressMaxLength = 320;
    public const int NameMaxLength = 100;
    public const int SubjectMaxLength = 200;
    public const int LastErrorMaxLength = 1000;

    private OutboxEmail()
    {
        ToAddress = null!;
        Subject = null!;
        TextBody = null!;
    }

    public Guid Id { get; private set; }

    public string ToAddress { get; private set; }

    public string? ToName { get; private set; }

    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    /// <summary>The in-app notification this email repeats, if any.</summary>
    public Guid? NotificationId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public OutboxEmailStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the sender may (next) try it; null once sent or given up.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Why the last attempt failed, shortened.</summary>
    public string? LastError { get; private set; }

    public static OutboxEmail Queue(string toAddress, string? toName, string subject, string textBody, Guid? notificationId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var utcNow = now.ToUniversalTime();
        return new OutboxEmail
        {
            Id = Guid.CreateVersion7(utcNow),
            ToAddress = toAddress.Trim(),
            ToName = string.IsNullOrWhiteSpace(toName) ? null : Clip(toName.Trim(), NameMaxLength),
            Subject = Clip(subject.Trim(), SubjectMaxLength),
            TextBody = textBody,
            NotificationId = notificationId,
            CreatedAt = utcNow,
            Status = OutboxEmailStatus.Queued,
            NextAttemptAt = utcNow,
        };
    }

    public void MarkSent(DateTimeOffset now)
    {
        RequireQueued("mark as sent");
        Attempts++;
        Status = OutboxEmailStatus.Sent;
        SentAt = now.ToUniversalTime();
        NextAttemptAt = null;
    }

    /// <summary>Counts a failed attempt: schedules the next one by <see cref="EmailRetrySchedule"/>, or gives up after <paramref name="maxAttempts"/>.</summary>
    public void RecordFailure(string error, DateTimeOffset now, int maxAttempts)
    {
        RequireQueued("record a failed attempt on");
        Attempts++;
        LastError = Clip(error, LastErrorMaxLength);
        if (Attempts >= maxAttempts)
        {
            Status = OutboxEmailStatus.Failed;
            NextAttemptAt = null;
            return;
        }

        NextAttemptAt = now.ToUniversalTime() + EmailRetrySchedule.After(Attempts);
    }

    private void RequireQueued(string action)
    {
        if (Status != OutboxEmailStatus.Queued)
        {
            throw new InvalidOperationException($"Cannot {action} an email that is {Status}.");
        }
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
