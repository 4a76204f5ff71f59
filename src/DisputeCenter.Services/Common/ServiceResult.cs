using DisputeCenter.Domain.Common;

namespace DisputeCenter.Services.Common;

/// <summary>
/// The outcome of a use case: a value, or messages a person can act on (<see cref="Messages"/>, which a page shows
/// in the reader's language; <see cref="Errors"/> is the same in English).
/// </summary>
public sealed record ServiceResult<T>
{
    private ServiceResult(T? value, IReadOnlyList<DomainText> messages)
    {
        Value = value;
        Messages = messages;
    }

    public T? Value { get; }

    public IReadOnlyList<DomainText> Messages { get; }

    public IReadOnlyList<string> Errors => Messages.Select(m => m.ToString()).ToList();

    public bool Succeeded => Messages.Count == 0;

    public static ServiceResult<T> Success(T value) => new(value, []);

    /// <summary>Messages written elsewhere (e.g. by ASP.NET Core Identity), shown as they are.</summary>
    public static ServiceResult<T> Failed(IEnumerable<string> errors) => new(default, errors.Select(DomainText.Plain).ToList());

    public static ServiceResult<T> Failed(IEnumerable<DomainText> errors) => new(default, errors.ToList());
}
