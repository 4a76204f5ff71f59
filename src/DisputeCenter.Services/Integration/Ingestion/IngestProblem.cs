using DisputeCenter.Domain.Common;

namespace DisputeCenter.Services.Integration.Ingestion;

/// <summary>
/// Why a pushed record was refused: the field it is about (a JSON path such as <c>payment.amount</c>), the rule that
/// refused it (a domain rule's name, or a shape check such as <c>Required</c>), and the message.
/// </summary>
public sealed record IngestProblem(string Field, string Rule, DomainText Message)
{
    public static IngestProblem Broken(string field, IBusinessRule rule) => new(field, RuleName(rule), rule.Text);

    public static IngestProblem Required(string field) => new(field, "Required", DomainText.Of($"Give {field}."));

    public static IngestProblem Invalid(string field, string message) => new(field, "Invalid", DomainText.Plain(message));

    /// <summary><c>OrderCanBePaidOnceRule</c> reads as <c>OrderCanBePaidOnce</c>.</summary>
    public static string RuleName(IBusinessRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var name = rule.GetType().Name;
        return name.EndsWith("Rule", StringComparison.Ordinal) ? name[..^4] : name;
    }
}

/// <summary>What an upsert did to one record.</summary>
public enum IngestOutcome
{
    Created,
    Updated,
    Unchanged,
    Refused,
}

/// <summary>One record's upsert: its outcome, our id for it, or the problem that refused it.</summary>
public sealed record Ingested(string ExternalId, IngestOutcome Outcome, string? Id, IngestProblem? Problem)
{
    public static Ingested Refused(string externalId, IngestProblem problem) => new(externalId, IngestOutcome.Refused, null, problem);
}
