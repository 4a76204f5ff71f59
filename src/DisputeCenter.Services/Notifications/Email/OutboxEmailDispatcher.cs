using DisputeCenter.Services.Persistence;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Notifications.Email;

/// <summary>
/// One round of the outbox: claims a batch of due emails with <c>FOR UPDATE SKIP LOCKED</c> (leasing them, so
/// several instances never send the same one), sends them, and records each result as it goes. A failed attempt
/// is tried again later with backoff; after <see cref="EmailOptions.MaxAttempts"/> the email is marked Failed.
/// </summary>
public sealed partial class OutboxEmailDispatcher(
    DisputeCenterDbContext db, IEmailTransport transport, TimeProvider clock, IOptions<EmailOptions> options, ILogger<OutboxEmailDispatcher> logger)
{

    public async Task<OutboxRound> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var ids = await ClaimAsync(clock.GetUtcNow(), settings.BatchSize, cancellationToken);
        if (ids.Count == 0)
        {
            return new OutboxRound(0, 0);
        }

        var emails = await db.OutboxEmails.Where(e => ids.Contains(e.Id)).OrderBy(e => e.CreatedAt).ToListAsync(cancellationToken);
        Exception? serverDown = null;
        var sent = 0;
        foreach (var email in emails)
        {
            if (serverDown is not null)
            {
                Fail(email, serverDown, settings.MaxAttempts);
            }
            else
            {
                try
                {
                    await transport.SendAsync(OutboxMessage.Compose(email, settings), cancellationToken);
                    email.MarkSent(clock.GetUtcNow());
                    sent++;
                    LogSent(logger, email.Id, email.Attempts);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    Fail(email, e, settings.MaxAttempts);
                    serverDown = IsAboutThisMessage(e) ? null : e;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return new OutboxRound(ids.Count, sent);
    }

    private async Task<List<Guid>> ClaimAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        var leasedUntil = now + TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        var queued = nameof(OutboxEmailStatus.Queued);
        return await db.Database
            .SqlQuery<Guid>($"""
                UPDATE outbox_emails SET next_attempt_at = {leasedUntil}
                WHERE id IN (
                    SELECT id FROM outbox_emails
                    WHERE status = {queued} AND next_attempt_at <= {now}
                    ORDER BY next_attempt_at
                    LIMIT {batchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING id AS "Value"
                """)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The server refused this one message (a recipient or its content); anything else means the server is unreachable for the rest too.</summary>
    private static bool IsAboutThisMessage(Exception e) =>
        e is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted };

    private void Fail(OutboxEmail email, Exception error, int maxAttempts)
    {
        email.RecordFailure($"{error.GetType().Name}: {error.Message}", clock.GetUtcNow(), maxAttempts);
        if (email.Status == OutboxEmailStatus.Failed)
        {
            LogGaveUp(logger, error, email.Id, email.Attempts);
        }
        else
        {
            LogRetry(logger, email.Id, email.Attempts, email.NextAttemptAt, error.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {EmailId} sent (attempt {Attempt})")]
    private static partial void LogSent(ILogger logger, Guid emailId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {EmailId} not sent (attempt {Attempt}); next attempt at {NextAttemptAt}: {Error}")]
    private static partial void LogRetry(ILogger logger, Guid emailId, int attempt, DateTimeOffset? nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email {EmailId} failed after {Attempts} attempts; giving up")]
    private static partial void LogGaveUp(ILogger logger, Exception exception, Guid emailId, int attempts);
}
