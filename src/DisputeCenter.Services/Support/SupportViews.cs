using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Support;

namespace DisputeCenter.Services.Support;

/// <summary>A ticket in a list: the customer's own, or the support queue.</summary>
public sealed record SupportTicketRow(
    Guid Id,
    string Reference,
    string Subject,
    SupportTopic Topic,
    SupportTicketStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset LastActivityAt,
    DateTimeOffset? WaitingSince,
    string CustomerName,
    string? AssignedModeratorId,
    string? AssignedModeratorName);

/// <summary>One ticket with its thread, the names of those who wrote, and the order or dispute it is about.</summary>
public sealed record SupportTicketView(
    SupportTicket Ticket, string CustomerName, string? AssignedModeratorName, IReadOnlyDictionary<string, string> Names, string? OrderNumber, string? DisputeOrderNumber, DateTimeOffset Now)
{
    public bool CustomerCanWrite => Ticket.CustomerCanWrite(Now);

    public string NameOf(string userId) => Names.GetValueOrDefault(userId, string.Empty);
}

/// <summary>An order a customer can ask about.</summary>
public sealed record SupportOrderChoice(Guid Id, string Number, DateTimeOffset PlacedAt);

/// <summary>A dispute a customer can ask about.</summary>
public sealed record SupportDisputeChoice(Guid Id, string OrderNumber, DisputeStatus Status);

/// <summary>The customer's orders and disputes (bought or sold), newest first, for the contact form to offer.</summary>
public sealed record SupportChoices(IReadOnlyList<SupportOrderChoice> Orders, IReadOnlyList<SupportDisputeChoice> Disputes);

/// <summary>Which tickets the support queue shows.</summary>
public enum SupportQueueView
{
    /// <summary>Waiting for support, oldest waiting first.</summary>
    Open,

    /// <summary>Answered, waiting for the customer.</summary>
    WaitingForCustomer,

    Closed,
}

public sealed record SupportQueueQuery
{
    public SupportQueueView View { get; init; } = SupportQueueView.Open;

    public SupportTopic? Topic { get; init; }

    /// <summary>Only the tickets the moderator asking holds.</summary>
    public bool MineOnly { get; init; }

    public int Page { get; init; } = 1;
}
