using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Services.Disputes.ListDisputes;

/// <summary>Which of the seller's claims to list: by status, by reason, or only those awaiting the seller's answer.</summary>
public sealed record ClaimFilter(DisputeStatus? Status = null, DisputeReason? Reason = null, bool AwaitingAnswer = false, int Page = 1);
