using DisputeCenter.Domain.Common;

namespace DisputeCenter.Services.Common;

public enum ResultStatus
{
    Succeeded,

    /// <summary>Missing, or not the caller's to see: the two read exactly alike.</summary>
    NotFound,

    /// <summary>A domain rule refused the action; <see cref="Result.BrokenRule"/> is that rule.</summary>
    Refused,

    /// <summary>Someone else changed the record first; nothing was saved.</summary>
    Conflict,

    /// <summary>The input had the wrong shape.</summary>
    Invalid,
}

/// <summary>
/// What a use case did: succeeded, or why not, in words for the person who asked (<see cref="Messages"/>, which a page
/// shows in the reader's language; <see cref="Errors"/> is the same in English). A refusal carries the rule that
/// refused, so that a page can place its message (<see cref="IBusinessRule.Subject"/>).
/// </summary>
public record Result(ResultStatus Status, IReadOnlyList<DomainText> Messages, IBusinessRule? BrokenRule = null)
{
    public bool Succeeded => Status == ResultStatus.Succeeded;

    public IReadOnlyList<string> Errors => Messages.Select(m => m.ToString()).ToList();

    /// <summary>The input the refusal is about; <see cref="RuleSubject.Action"/> when it is not about one.</summary>
    public RuleSubject Subject => BrokenRule?.Subject ?? RuleSubject.Action;

    public static Result Ok() => new(ResultStatus.Succeeded, []);

    public static Result NotFound() => new(ResultStatus.NotFound, [DomainText.Plain("Not found.")]);

    public static Result NotFound(DomainText message) => new(ResultStatus.NotFound, [message]);

    public static Result Refused(IBusinessRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(ResultStatus.Refused, [rule.Text], rule);
    }

    /// <summary>Messages written elsewhere (e.g. by ASP.NET Core Identity), shown as they are.</summary>
    public static Result Invalid(IEnumerable<string> errors) => new(ResultStatus.Invalid, errors.Select(DomainText.Plain).ToList());

    public static Result Invalid(IEnumerable<DomainText> errors) => new(ResultStatus.Invalid, errors.ToList());

    public static Result Conflict() =>
        Conflict(DomainText.Plain("Someone else changed this dispute a moment ago, so nothing was saved. Please look at it again and retry."));

    public static Result Conflict(DomainText message) => new(ResultStatus.Conflict, [message]);
}

/// <summary>A <see cref="Result"/> with the value a success made.</summary>
public sealed record Result<T>(ResultStatus Status, IReadOnlyList<DomainText> Messages, T? Value, IBusinessRule? BrokenRule = null)
    : Result(Status, Messages, BrokenRule)
{
    public static Result<T> Ok(T value) => new(ResultStatus.Succeeded, [], value);

    /// <summary>The same failure, as a result that would have carried a <typeparamref name="T"/>.</summary>
    public static Result<T> From(Result failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Succeeded
            ? throw new ArgumentException("A success has a value; use Ok.", nameof(failure))
            : new(failure.Status, failure.Messages, default, failure.BrokenRule);
    }

    public static new Result<T> NotFound() => From(Result.NotFound());

    public static new Result<T> NotFound(DomainText message) => From(Result.NotFound(message));

    public static new Result<T> Refused(IBusinessRule rule) => From(Result.Refused(rule));

    public static new Result<T> Invalid(IEnumerable<string> errors) => From(Result.Invalid(errors));

    public static new Result<T> Invalid(IEnumerable<DomainText> errors) => From(Result.Invalid(errors));

    public static new Result<T> Conflict() => From(Result.Conflict());

    public static new Result<T> Conflict(DomainText message) => From(Result.Conflict(message));
}
