using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Conversations;

/// <summary>One message in the buyer's conversation with the seller. Never edited.</summary>
public sealed class ConversationMessage
{
    public const int BodyMaxLength = 4000;
    public const int UserIdMaxLength = UserId.MaxLength;

    private readonly List<ConversationAttachment> _attachments = [];

    private ConversationMessage()
    {
        AuthorUserId = null!;
        Body = null!;
    }

    internal ConversationMessage(Guid id, Party author, string authorUserId, string body, DateTimeOffset sentAt)
    {
        Id = id;
        Author = author;
        AuthorUserId = authorUserId;
        Body = body;
        SentAt = sentAt;
    }

    public Guid Id { get; private set; }

    public Party Author { get; private set; }

    public string AuthorUserId { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public IReadOnlyCollection<ConversationAttachment> Attachments => _attachments.AsReadOnly();

    internal void Attach(IEnumerable<ConversationAttachment> attachments) => _attachments.AddRange(attachments);
}
