namespace DisputeCenter.Services.Notifications.Reminders;

/// <summary>
/// The record that a dispute's deadline at one instant was reminded, keyed by (dispute, due instant), so each
/// deadline is reminded once however often the sweep runs; a new deadline on the same dispute is reminded anew.
/// </summary>
public sealed class DeadlineReminder
{
    public DeadlineReminder(Guid disputeId, DateTimeOffset dueAt, DateTimeOffset remindedAt)
    {
        DisputeId = disputeId;
        DueAt = dueAt;
        RemindedAt = remindedAt;
    }

    public Guid DisputeId { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset RemindedAt { get; private set; }
}
