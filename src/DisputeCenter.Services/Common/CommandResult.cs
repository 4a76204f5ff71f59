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

/// <summary>What a command did: succeeded, or why not, in words for the person who asked.</summary>
public record CommandResult(CommandStatus Status, IReadOnlyList<string> Errors, string? Rule = null)
{
    public bool Succeeded => Status == CommandStatus.Succeeded;

    public static CommandResult Ok() => new(CommandStatus.Succeeded, []);

    public static CommandResult NotFound() => new(CommandStatus.NotFound, ["Not found."]);

    public static CommandResult Refused(string rule, string message) => new(CommandStatus.Refused, [message], rule);

    public static CommandResult Invalid(IEnumerable<string> errors) => new(CommandStatus.Invalid, errors.ToList());

    public static CommandResult Conflict() =>
        new(CommandStatus.Conflict, ["Someone else changed this dispute a moment ago, so nothing was saved. Please look at it again and retry."]);
}

public sealed record CommandResult<T>(CommandStatus Status, IReadOnlyList<string> Errors, T? Value, string? Rule = null)
    : CommandResult(Status, Errors, Rule)
{
    public static CommandResult<T> Ok(T value) => new(CommandStatus.Succeeded, [], value);

    public static CommandResult<T> From(CommandResult failure) => new(failure.Status, failure.Errors, default, failure.Rule);
}
