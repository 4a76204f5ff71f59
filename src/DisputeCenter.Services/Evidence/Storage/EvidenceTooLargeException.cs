namespace DisputeCenter.Services.Evidence.Storage;

/// <summary>The content passed the size it was allowed; writing stopped there and nothing of it is kept.</summary>
public sealed class EvidenceTooLargeException(long maxBytes)
    : IOException($"The content is larger than the {maxBytes} bytes allowed.")
{
    public long MaxBytes { get; } = maxBytes;
}
