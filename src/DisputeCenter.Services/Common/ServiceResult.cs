namespace DisputeCenter.Services.Common;

/// <summary>The outcome of a use case: a value, or messages a person can act on.</summary>
public sealed record ServiceResult<T>
{
    private ServiceResult(T? value, IReadOnlyList<string> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<string> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static ServiceResult<T> Success(T value) => new(value, []);

    public static ServiceResult<T> Failed(IEnumerable<string> errors) => new(default, errors.ToList());
}
