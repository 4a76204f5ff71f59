using DisputeCenter.Domain.Common;

namespace DisputeCenter.Services.Common;

public enum CommandStatus
{
    Succeeded,

    /// <summary>Missing, or not the caller's to see: the two read exactly alike.</summary>
    NotFound,

    /// <summary>A domain rule refused the action; <see cref="CommandResult.Rule"/> names it.</summary>
    Refused,

    /// <summary>Someone else changed the dispute first; nothing was saved.</summary>
    Conflict,

    /// <summary>The input had the wrong shape.</summary>
    Invalid,
}

/// <summary>
/// What a command did: succeeded, or why not, in words for the person who asked (<see cref="Messages"/>, which a page
/// shows in the reader's language; <see cref="Errors"/> is the same in English).
/// </summary>
public record CommandResult(CommandStatus Status, IReadOnlyList<DomainText> Messages, string? Rule = null)
{
    public bool Succeeded => Status == CommandStatus.Succeeded;

    public IReadOnlyList<string> Errors => Messages.Select(m => m.ToString()).ToList();

    public static CommandResult Ok() => new(CommandStatus.Succeeded, []);

    public static CommandResult NotFound() => new(CommandStatus.NotFound, [DomainText.Plain("Not found.")]);

    public static CommandResult Refused(IBusinessRule rule) => Refused(rule.GetType().Name, rule.Text);

    public static CommandResult Refused(string rule, DomainText message) => new(CommandStatus.Refused, [message], rule);

    public static CommandResult Invalid(IEnumerable<string> errors) => new(CommandStatus.Invalid, errors.Select(DomainText.Plain).ToList());

    public static CommandResult Conflict() =>
        new(CommandStatus.Conflict, [DomainText.Plain("Someone else changed this dispute a moment ago, so nothing was saved. Please look at it again and retry.")]);
}

public sealed record CommandResult<T>(CommandStatus Status, IReadOnlyList<DomainText> Messages, T? Value, string? Rule = null)
    : CommandResult(Status, Messages, Rule)
{
    public static CommandResult<T> Ok(T value) => new(CommandStatus.Succeeded, [], value);

    public static CommandResult<T> From(CommandResult failure) => new(failure.Status, failure.Messages, default, failure.Rule);
}
