using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes;

/// <summary>A moderator's request to one party for information or documents, with a due date.</summary>
public sealed class InformationRequest
{
    public const int WhatMaxLength = 2000;
    public const int AnswerMaxLength = 4000;
    public const int UserIdMaxLength = UserId.MaxLength;

    private InformationRequest()
    {
        RequestedByModeratorId = null!;
        What = null!;
    }

    internal InformationRequest(
        Guid id, string moderatorId, Party from, string what, DateTimeOffset requestedAt, DateTimeOffset dueAt, MissedRequestConsequence ifMissed)
    {
        Id = id;
        RequestedByModeratorId = moderatorId;
        RequestedFrom = from;
        What = what;
        RequestedAt = requestedAt;
        DueAt = dueAt;
        IfMissed = ifMissed;
    }

    public Guid Id { get; private set; }

    public string RequestedByModeratorId { get; private set; }

    public Party RequestedFrom { get; private set; }

    public string What { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public MissedRequestConsequence IfMissed { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? AnsweredByUserId { get; private set; }

    public string? Answer { get; private set; }

    /// <summary>When the due date passed unanswered and its consequence was applied.</summary>
    public DateTimeOffset? MissedAt { get; private set; }

    /// <summary>When the request stopped mattering unanswered (the buyer withdrew).</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    public bool IsOpen => AnsweredAt is null && MissedAt is null && CancelledAt is null;

    internal void RecordAnswer(string userId, string answer, DateTimeOffset now)
    {
        AnsweredByUserId = userId;
        Answer = answer;
        AnsweredAt = now;
    }

    internal void RecordMissed(DateTimeOffset now) => MissedAt = now;

    internal void Cancel(DateTimeOffset now) => CancelledAt = now;
}
