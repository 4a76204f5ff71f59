using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes;

/// <summary>A moderator's reasoned decision. An appeal adds a second decision that replaces the first's outcome.</summary>
public sealed class Decision
{
    public const int ReasonCodeMaxLength = 64;
    public const int RationaleMinNonBlank = 20;
    public const int RationaleMaxLength = 4000;
    public const int ModeratorIdMaxLength = 450;

    private readonly List<Citation> _citations = [];

    private Decision()
    {
        ReasonCode = null!;
        Rationale = null!;
        ModeratorId = null!;
    }

    internal Decision(
        Guid id,
        Outcome outcome,
        Money? amount,
        string reasonCode,
        string rationale,
        string moderatorId,
        DateTimeOffset decidedAt,
        bool onAppeal,
        IEnumerable<Citation> citations)
    {
        _citations.AddRange(citations);
        Id = id;
        Outcome = outcome;
        Amount = amount;
        ReasonCode = reasonCode;
        Rationale = rationale;
        ModeratorId = moderatorId;
        DecidedAt = decidedAt;
        OnAppeal = onAppeal;
    }

    public Guid Id { get; private set; }

    public Outcome Outcome { get; private set; }

    /// <summary>The total the decision grants the buyer for this dispute; null when it grants no money.</summary>
    public Money? Amount { get; private set; }

    public string ReasonCode { get; private set; }

    public string Rationale { get; private set; }

    public string ModeratorId { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>True for the decision on an appeal.</summary>
    public bool OnAppeal { get; private set; }

    /// <summary>What the rationale rests on: evidence items and statements of the dispute (none for the system's own decisions).</summary>
    public IReadOnlyCollection<Citation> Citations => _citations.AsReadOnly();
}
