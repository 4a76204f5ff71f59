using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

/// <summary>All the evidence on one dispute, from every party, fits in <see cref="EvidenceLimits.DisputeTotalBytes"/>.</summary>
public sealed class DisputeEvidenceMustNotExceedTotalRule(string fileName, long bytesAlreadyOnDispute, long addingBytes) : BusinessRule
{
    public override bool IsBroken() => bytesAlreadyOnDispute + addingBytes > EvidenceLimits.DisputeTotalBytes;

    public override DomainText Text =>
        Say($"{fileName}: the evidence on a dispute can total at most {EvidenceLimits.FormatMegabytes(EvidenceLimits.DisputeTotalBytes)}, and {EvidenceLimits.FormatMegabytes(Math.Max(0, EvidenceLimits.DisputeTotalBytes - bytesAlreadyOnDispute))} is left.");
}
