using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

/// <summary>
/// Files an account has staged but not submitted, on all its disputes and filing drafts together, fit in
/// <see cref="EvidenceLimits.StagedPerAccountBytes"/>. Submitting or removing drafts makes room again.
/// </summary>
public sealed class StagedEvidenceMustNotExceedAccountQuotaRule(string fileName, long bytesStaged, long addingBytes) : BusinessRule
{
    public override bool IsBroken() => bytesStaged + addingBytes > EvidenceLimits.StagedPerAccountBytes;

    public override DomainText Text =>
        Say($"{fileName}: your draft files, not yet submitted, can total at most {EvidenceLimits.FormatMegabytes(EvidenceLimits.StagedPerAccountBytes)}, and {EvidenceLimits.FormatMegabytes(Math.Max(0, EvidenceLimits.StagedPerAccountBytes - bytesStaged))} is left. Submit or remove some drafts first.");
}
