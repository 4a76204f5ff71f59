using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

/// <summary>
/// A file must fit its format's limit. When an upload was stopped as soon as it passed the limit, its real size is
/// unknown: <paramref name="sizeIsExact"/> is then false and the message says so.
/// </summary>
public sealed class FileMustNotExceedFormatLimitRule(string fileName, EvidenceFormat format, long sizeBytes, bool sizeIsExact = true)
    : IBusinessRule
{
    private EvidenceFormatInfo Info => EvidenceFormatInfo.Of(format);

    public bool IsBroken() => sizeBytes > Info.MaxBytes;

    public string Message
    {
        get
        {
            var limit = $"the {EvidenceLimits.FormatMegabytes(Info.MaxBytes)} limit for {EvidenceLimits.Describe(Info.Family)}";
            return sizeIsExact
                ? $"{fileName}: {EvidenceLimits.FormatMegabytes(sizeBytes)} is over {limit}."
                : $"{fileName}: the file is over {limit}.";
        }
    }
}
