using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

/// <summary>
/// A file must fit its format's limit. When an upload was stopped as soon as it passed the limit, its real size is
/// unknown: <paramref name="sizeIsExact"/> is then false and the message says so.
/// </summary>
public sealed class FileMustNotExceedFormatLimitRule(string fileName, EvidenceFormat format, long sizeBytes, bool sizeIsExact = true)
    : BusinessRule
{
    private EvidenceFormatInfo Info => EvidenceFormatInfo.Of(format);

    public override bool IsBroken() => sizeBytes > Info.MaxBytes;

    public override DomainText Text => sizeIsExact
        ? Say($"{fileName}: {EvidenceLimits.FormatMegabytes(sizeBytes)} is over the {EvidenceLimits.FormatMegabytes(Info.MaxBytes)} limit for {EvidenceLimits.Describe(Info.Family)}.")
        : Say($"{fileName}: the file is over the {EvidenceLimits.FormatMegabytes(Info.MaxBytes)} limit for {EvidenceLimits.Describe(Info.Family)}.");
}
