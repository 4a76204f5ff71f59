using DisputeCenter.Domain.Common;
namespace DisputeCenter.Domain.Disputes.Timeline;

/// <summary>
/// One line of a dispute's append-only timeline, chained to the previous line by its hash
/// (see <see cref="TimelineHasher"/>). Keyed by (DisputeId, Sequence).
/// </summary>
public sealed record TimelineEntry
{
    public const int ActorIdMaxLength = UserId.MaxLength;
    public const int HashLength = 64;

    private TimelineEntry()
    {
        Payload = null!;
        Hash = null!;
    }

    private TimelineEntry(
        Guid disputeId, int sequence, DisputeEventKind kind, ActorKind actor, string? actorId, DateTimeOffset occurredAt, string payload, string? previousHash)
    {
        DisputeId = disputeId;
        Sequence = sequence;
        Kind = kind;
        Actor = actor;
        ActorId = actorId;
        OccurredAt = TimelineHasher.ToStoredPrecision(occurredAt);
        Payload = payload;
        PreviousHash = previousHash;
        Hash = TimelineHasher.Compute(this);
    }

    public Guid DisputeId { get; init; }

    /// <summary>1, 2, 3, … without gaps.</summary>
    public int Sequence { get; init; }

    public DisputeEventKind Kind { get; init; }

    public ActorKind Actor { get; init; }

    /// <summary>The user who acted; null for the system.</summary>
    public string? ActorId { get; init; }

    /// <summary>UTC, truncated to whole microseconds (what PostgreSQL stores).</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Canonical JSON (see <see cref="TimelinePayload"/>) of <see cref="Event"/> and the dispute's status after it.</summary>
    public string Payload { get; init; }

    /// <summary>The hash of the entry before this one; null for the first entry.</summary>
    public string? PreviousHash { get; init; }

    /// <summary>SHA-256 over this entry's fields and <see cref="PreviousHash"/>, lower-case hex.</summary>
    public string Hash { get; init; }

    /// <summary>What happened, read from the payload.</summary>
    public TimelineEvent Event => TimelineEvent.Read(Kind, Payload);

    /// <summary>The dispute's status once this entry happened.</summary>
    public DisputeStatus StatusAfter => TimelineEvent.StatusAfter(Payload);

    public static TimelineEntry Create(
        Guid disputeId, int sequence, DisputeEventKind kind, ActorKind actor, string? actorId, DateTimeOffset occurredAt, string payload, string? previousHash) =>
        new(disputeId, sequence, kind, actor, actorId, occurredAt, payload, previousHash);
}
