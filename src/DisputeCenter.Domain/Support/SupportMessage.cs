using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Support;

/// <summary>One message on a support ticket, from the customer or from support staff. Never edited.</summary>
public sealed class SupportMessage
{
    public const int BodyMaxLength = 4000;
    public const int UserIdMaxLength = UserId.MaxLength;

    private readonly List<SupportAttachment> _attachments = [];

    private SupportMessage()
    {
        AuthorUserId = null!;
        Body = null!;
    }

    internal SupportMessage(Guid id, SupportAuthor author, string authorUserId, string body, DateTimeOffset sentAt, IEnumerable<SupportAttachment> attachments)
    {
        Id = id;
        Author = author;
        AuthorUserId = authorUserId;
        Body = body;
        SentAt = sentAt;
        _attachments.AddRange(attachments);
    }

    public Guid Id { get; private set; }

    public SupportAuthor Author { get; private set; }

    public string AuthorUserId { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public IReadOnlyCollection<SupportAttachment> Attachments => _attachments.AsReadOnly();
}
