using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence.Rules;
using DisputeCenter.Domain.Support.Rules;

namespace DisputeCenter.Domain.Support;

/// <summary>
/// A question or problem a buyer or seller brings to the platform's support staff: a topic, optionally the order or
/// dispute it is about, and a thread of messages. Support answers and waits for the customer; the customer's reply
/// puts it back in the queue, and reopens a closed ticket within <see cref="ReopenWindow"/>.
/// </summary>
public sealed class SupportTicket : Entity
{
    public const int SubjectMaxLength = 150;
    public const int UserIdMaxLength = UserId.MaxLength;
    public const string ReferencePrefix = "SUP-";

    /// <summary>How long after closing a customer's reply still reopens a ticket.</summary>
    public static readonly TimeSpan ReopenWindow = TimeSpan.FromDays(14);

    private readonly List<SupportMessage> _messages = [];

    private SupportTicket()
    {
        CustomerId = null!;
        Subject = null!;
    }

    private SupportTicket(Guid id, string customerId, SupportTopic topic, Guid? orderId, Guid? disputeId, string subject, DateTimeOffset now)
    {
        Id = id;
        CustomerId = customerId;
        Topic = topic;
        OrderId = orderId;
        DisputeId = disputeId;
        Subject = subject;
        Status = SupportTicketStatus.Open;
        OpenedAt = now;
        WaitingSince = now;
        LastActivityAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The number shown to people (<see cref="Reference"/>), given by the database when the ticket is saved.</summary>
    public long Number { get; private set; }

    public string Reference => $"{ReferencePrefix}{Number}";

    /// <summary>The buyer or seller who opened the ticket.</summary>
    public string CustomerId { get; private set; }

    public SupportTopic Topic { get; private set; }

    public Guid? OrderId { get; private set; }

    public Guid? DisputeId { get; private set; }

    public string Subject { get; private set; }

    public SupportTicketStatus Status { get; private set; }

    /// <summary>The moderator who took the ticket, if any.</summary>
    public string? AssignedModeratorId { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Since when the customer has been waiting for support (the queue's order); null while support waits for the customer.</summary>
    public DateTimeOffset? WaitingSince { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyCollection<SupportMessage> Messages => _messages.AsReadOnly();

    /// <summary>Opens a ticket with its first message; the order or dispute, when given, the caller has found among the customer's own.</summary>
    public static SupportTicket Open(
        Guid id,
        string customerId,
        SupportTopic topic,
        Guid? orderId,
        Guid? disputeId,
        string subject,
        string message,
        DateTimeOffset now,
        IReadOnlyList<SupportAttachment>? attachments = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        CheckRule(new TopicMustNameWhatItIsAboutRule(topic, orderId, disputeId));
        CheckRule(new SupportSubjectMustBeGivenRule(subject));
        CheckRule(new SupportMessageMustBeGivenRule(message));
        CheckAttachments(attachments);
        var utc = now.ToUniversalTime();
        var ticket = new SupportTicket(id, customerId, topic, orderId, disputeId, subject.Trim(), utc);
        ticket.Add(SupportAuthor.Customer, customerId, message, utc, attachments);
        return ticket;
    }

    /// <summary>The customer writes: the ticket goes back to support, reopening it if it closed less than <see cref="ReopenWindow"/> ago.</summary>
    public void PostByCustomer(string userId, string body, DateTimeOffset now, IReadOnlyList<SupportAttachment>? attachments = null)
    {
        CheckRule(new OnlyTheTicketsCustomerCanWriteRule(CustomerId, userId));
        CheckRule(new SupportMessageMustBeGivenRule(body));
        CheckAttachments(attachments);
        var utc = now.ToUniversalTime();
        if (Status == SupportTicketStatus.Closed)
        {
            CheckRule(new ClosedTicketCanBeReopenedOnlyForAWhileRule(ClosedAt, utc));
            ClosedAt = null;
        }

        Add(SupportAuthor.Customer, userId, body, utc, attachments);
        if (Status != SupportTicketStatus.Open)
        {
            Status = SupportTicketStatus.Open;
            WaitingSince = utc;
        }
    }

    /// <summary>Support answers: the ticket now waits for the customer. A moderator who answers an untaken ticket takes it.</summary>
    public void ReplyByStaff(string moderatorId, string body, DateTimeOffset now, IReadOnlyList<SupportAttachment>? attachments = null)
    {
        CheckStaff(moderatorId);
        CheckRule(new SupportMessageMustBeGivenRule(body));
        CheckAttachments(attachments);
        var utc = now.ToUniversalTime();
        Add(SupportAuthor.Staff, moderatorId, body, utc, attachments);
        AssignedModeratorId ??= moderatorId;
        Status = SupportTicketStatus.WaitingForCustomer;
        WaitingSince = null;
    }

    /// <summary>A moderator takes the ticket: customers' replies are then told to them.</summary>
    public void Assign(string moderatorId, DateTimeOffset now)
    {
        CheckStaff(moderatorId);
        AssignedModeratorId = moderatorId;
        LastActivityAt = now.ToUniversalTime();
    }

    /// <summary>The holder puts the ticket back in the queue for anyone.</summary>
    public void Release(string moderatorId, DateTimeOffset now)
    {
        CheckRule(new TicketMustNotBeClosedRule(Status));
        CheckRule(new OnlyTheHolderCanReleaseTicketRule(AssignedModeratorId, moderatorId));
        AssignedModeratorId = null;
        LastActivityAt = now.ToUniversalTime();
    }

    /// <summary>Support closes the ticket (answered, or nothing more to do).</summary>
    public void CloseByStaff(string moderatorId, DateTimeOffset now)
    {
        CheckStaff(moderatorId);
        Close(now);
    }

    /// <summary>The customer says their question is answered.</summary>
    public void CloseByCustomer(string userId, DateTimeOffset now)
    {
        CheckRule(new OnlyTheTicketsCustomerCanWriteRule(CustomerId, userId));
        CheckRule(new TicketMustNotBeClosedRule(Status));
        Close(now);
    }

    /// <summary>Whether the customer can still write (a closed ticket reopens for a while after closing).</summary>
    public bool CustomerCanWrite(DateTimeOffset now) =>
        !new ClosedTicketCanBeReopenedOnlyForAWhileRule(Status == SupportTicketStatus.Closed ? ClosedAt : null, now.ToUniversalTime()).IsBroken();

    private void CheckStaff(string moderatorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moderatorId);
        CheckRule(new StaffCannotAnswerTheirOwnTicketRule(CustomerId, moderatorId));
        CheckRule(new TicketMustNotBeClosedRule(Status));
        CheckRule(new TicketMustNotBeHeldByAnotherModeratorRule(AssignedModeratorId, moderatorId));
    }

    private void Close(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        Status = SupportTicketStatus.Closed;
        ClosedAt = utc;
        WaitingSince = null;
        LastActivityAt = utc;
    }

    private static void CheckAttachments(IReadOnlyList<SupportAttachment>? attachments) =>
        CheckRule(new SubmissionMustNotExceedFileCountRule(attachments?.Count ?? 0));

    private void Add(SupportAuthor author, string userId, string body, DateTimeOffset utc, IReadOnlyList<SupportAttachment>? attachments)
    {
        _messages.Add(new SupportMessage(Guid.CreateVersion7(utc), author, userId, body.Trim(), utc, attachments ?? []));
        LastActivityAt = utc;
    }
}
