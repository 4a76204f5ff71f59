using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Deadlines.Rules;
using DisputeCenter.Domain.Orders;

namespace DisputeCenter.Domain.Deadlines;

/// <summary>
/// One version of one row of the deadline policy table. A row is keyed by product category (null: every
/// category) and dispute reason (null: every reason). Rows are never edited: <see cref="Revise"/> makes the
/// next version, and the highest version of each key is the one in force.
/// </summary>
public sealed class DeadlinePolicy : Entity
{
    public const int CategoryCodeMaxLength = ProductCategory.CodeMaxLength;
    public const int CreatedByMaxLength = 450;

    /// <summary>The author recorded on the rows the platform ships with.</summary>
    public const string SystemAuthor = "system";

    public static readonly Guid DefaultRowId = Guid.Parse("d0000000-0000-0000-0000-000000000001");
    public static readonly Guid PerishablesRowId = Guid.Parse("d0000000-0000-0000-0000-000000000002");
    public static readonly Guid MachineryRowId = Guid.Parse("d0000000-0000-0000-0000-000000000003");

    private DeadlinePolicy()
    {
        CreatedBy = null!;
    }

    private DeadlinePolicy(
        Guid id, string? categoryCode, DisputeReason? reason, int version, DeadlineDurations durations, string createdBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(durations);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        CheckDurations(durations);
        Id = id;
        CategoryCode = string.IsNullOrWhiteSpace(categoryCode) ? null : categoryCode.Trim().ToLowerInvariant();
        Reason = reason;
        Version = version;
        CreatedBy = createdBy;
        CreatedAt = now.ToUniversalTime();
        SellerContactPeriod = durations.SellerContactPeriod;
        FilingWindow = durations.FilingWindow;
        SellerResponse = durations.SellerResponse;
        Negotiation = durations.Negotiation;
        InformationRequestDefault = durations.InformationRequestDefault;
        AppealWindow = durations.AppealWindow;
        ModeratorAction = durations.ModeratorAction;
        ReturnAddress = durations.ReturnAddress;
        ReturnShipment = durations.ReturnShipment;
        ReturnTransit = durations.ReturnTransit;
        ReturnReceipt = durations.ReturnReceipt;
    }

    public Guid Id { get; private set; }

    /// <summary>The product category this row applies to; null for every category.</summary>
    public string? CategoryCode { get; private set; }

    /// <summary>The reason this row applies to; null for every reason.</summary>
    public DisputeReason? Reason { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public TimeSpan SellerContactPeriod { get; private set; }

    public TimeSpan FilingWindow { get; private set; }

    public TimeSpan SellerResponse { get; private set; }

    public TimeSpan Negotiation { get; private set; }

    public TimeSpan InformationRequestDefault { get; private set; }

    public TimeSpan AppealWindow { get; private set; }

    public TimeSpan ModeratorAction { get; private set; }

    /// <summary>The seller's time to give a return address; after it the platform's is used.</summary>
    public TimeSpan ReturnAddress { get; private set; }

    /// <summary>The buyer's time to send the goods back with tracking, once the address is known.</summary>
    public TimeSpan ReturnShipment { get; private set; }

    /// <summary>How long a shipped return may travel without the carrier showing delivery before a moderator looks.</summary>
    public TimeSpan ReturnTransit { get; private set; }

    /// <summary>The seller's time to confirm receipt (or report a problem) after the carrier shows delivery.</summary>
    public TimeSpan ReturnReceipt { get; private set; }

    public DeadlineDurations Durations => new(
        SellerContactPeriod, FilingWindow, SellerResponse, Negotiation, InformationRequestDefault, AppealWindow, ModeratorAction,
        ReturnAddress, ReturnShipment, ReturnTransit, ReturnReceipt);

    /// <summary>How specific the row is: category and reason 3, category 2, reason 1, the default row 0.</summary>
    public int Specificity => (CategoryCode is null ? 0 : 2) + (Reason is null ? 0 : 1);

    public static DeadlinePolicy Create(
        Guid id, string? categoryCode, DisputeReason? reason, DeadlineDurations durations, string createdBy, DateTimeOffset now) =>
        new(id, categoryCode, reason, 1, durations, createdBy, now);

    /// <summary>The rows the platform ships with: the default, shorter perishables, longer machinery.</summary>
    public static IReadOnlyList<DeadlinePolicy> Defaults(DateTimeOffset now)
    {
        var standard = DeadlineDurations.Standard;
        return
        [
            Create(DefaultRowId, null, null, standard, SystemAuthor, now),
            Create(
                PerishablesRowId,
                "perishables",
                null,
                standard with
                {
                    SellerContactPeriod = TimeSpan.FromDays(1),
                    FilingWindow = TimeSpan.FromDays(7),
                    SellerResponse = TimeSpan.FromDays(2),
                    Negotiation = TimeSpan.FromDays(4),
                    InformationRequestDefault = TimeSpan.FromDays(2),
                },
                SystemAuthor,
                now),
            Create(
                MachineryRowId,
                "machinery",
                null,
                standard with { FilingWindow = TimeSpan.FromDays(60), SellerResponse = TimeSpan.FromDays(7), Negotiation = TimeSpan.FromDays(10) },
                SystemAuthor,
                now),
        ];
    }

    /// <summary>
    /// The row that governs a dispute about <paramref name="categoryCode"/> for <paramref name="reason"/>: the
    /// latest version of the most specific matching key (category and reason, then category, then reason, then
    /// the default row).
    /// </summary>
    public static DeadlinePolicy Select(IEnumerable<DeadlinePolicy> currentRows, string? categoryCode, DisputeReason reason)
    {
        ArgumentNullException.ThrowIfNull(currentRows);
        var category = string.IsNullOrWhiteSpace(categoryCode) ? null : categoryCode.Trim();
        return currentRows
            .Where(r => r.Applies(category, reason))
            .GroupBy(r => (r.CategoryCode, r.Reason))
            .Select(g => g.MaxBy(r => r.Version)!)
            .OrderByDescending(r => r.Specificity)
            .FirstOrDefault()
            ?? throw new InvalidOperationException("No deadline policy applies: the table needs a default row (no category, any reason).");
    }

    /// <summary>The next version of this row, with new durations. This version stays as it was.</summary>
    public DeadlinePolicy Revise(Guid newId, DeadlineDurations durations, string revisedBy, DateTimeOffset now) =>
        new(newId, CategoryCode, Reason, Version + 1, durations, revisedBy, now);

    public DeadlineSnapshot Snapshot() => new(
        Id, Version, SellerContactPeriod, FilingWindow, SellerResponse, Negotiation, InformationRequestDefault, AppealWindow, ModeratorAction,
        ReturnAddress, ReturnShipment, ReturnTransit, ReturnReceipt);

    private bool Applies(string? category, DisputeReason reason) =>
        (CategoryCode is null || string.Equals(CategoryCode, category, StringComparison.OrdinalIgnoreCase))
        && (Reason is null || Reason == reason);

    private static void CheckDurations(DeadlineDurations d)
    {
        CheckRule(new DeadlineDurationMustBeInRangeRule("seller contact period", d.SellerContactPeriod));
        CheckRule(new DeadlineDurationMustBeInRangeRule("filing window", d.FilingWindow));
        CheckRule(new DeadlineDurationMustBeInRangeRule("seller response time", d.SellerResponse));
        CheckRule(new DeadlineDurationMustBeInRangeRule("negotiation period", d.Negotiation));
        CheckRule(new DeadlineDurationMustBeInRangeRule("default time to answer a moderator", d.InformationRequestDefault));
        CheckRule(new DeadlineDurationMustBeInRangeRule("appeal window", d.AppealWindow));
        CheckRule(new DeadlineDurationMustBeInRangeRule("moderator's time to act", d.ModeratorAction));
        CheckRule(new DeadlineDurationMustBeInRangeRule("seller's time to give a return address", d.ReturnAddress));
        CheckRule(new DeadlineDurationMustBeInRangeRule("buyer's time to send a return", d.ReturnShipment));
        CheckRule(new DeadlineDurationMustBeInRangeRule("time a return may travel", d.ReturnTransit));
        CheckRule(new DeadlineDurationMustBeInRangeRule("seller's time to confirm a returned parcel", d.ReturnReceipt));
        CheckRule(new NegotiationMustOutlastSellerResponseRule(d.SellerResponse, d.Negotiation));
    }
}
