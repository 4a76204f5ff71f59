using DisputeCenter.Domain.Support;

namespace DisputeCenter.Services.Support;

/// <summary>"Contact support": what the question is about, optionally which of the customer's orders or disputes, and the message.</summary>
public sealed record OpenTicketCommand
{
    public SupportTopic? Topic { get; init; }

    public Guid? OrderId { get; init; }

    public Guid? DisputeId { get; init; }

    public string Subject { get; init; } = string.Empty;

    public string Message { get; init; } = string.Empty;
}
