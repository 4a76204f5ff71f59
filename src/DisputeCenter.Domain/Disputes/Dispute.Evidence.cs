using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Domain.Disputes;

public sealed partial class Dispute
{
    /// <summary>Submits a party's staged drafts as one batch: each becomes permanent and gets its receipt in the timeline.</summary>
    public void SubmitEvidence(IReadOnlyList<EvidenceItem> drafts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        CheckRule(new Evidence.Rules.SubmissionMustHaveFilesRule(drafts.Count));
        foreach (var item in drafts)
        {
            item.Submit(now);
            RecordEvidenceReceipt(item, now);
        }
    }

    /// <summary>
    /// The receipt for a submitted file: its SHA-256, size and arrival time go into the hash-chained timeline,
    /// so a later change to the stored file is detectable.
    /// </summary>
    public void RecordEvidenceReceipt(EvidenceItem item, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.DisputeId != Id)
        {
            throw new ArgumentException("The evidence belongs to another dispute.", nameof(item));
        }

        CheckRule(new DisputeMustBeInStatusRule(Status, "add evidence", [.. DisputeStatuses.Open]));
        if (item.UploadedBy is ActorKind.Buyer or ActorKind.Seller)
        {
            CheckParty(item.UploadedBy == ActorKind.Buyer ? Party.Buyer : Party.Seller, item.UploaderId);
        }

        Record(
            new TimelineEvent.EvidenceAdded(
                item.Id, item.Kind, item.OriginalName, item.Format, item.SizeBytes, item.Sha256, Common.UtcText.Format(item.ReceivedAt)),
            item.UploadedBy,
            item.UploaderId,
            now.ToUniversalTime());
    }

    /// <summary>A moderator hid an item (it stays stored and hashed); the timeline says who, when and why.</summary>
    public void RecordEvidenceHidden(string moderatorId, EvidenceItem item, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        CheckRule(new ModeratorCannotBeAPartyRule(moderatorId, BuyerId, SellerUserId));
        Record(new TimelineEvent.EvidenceHidden(item.Id, item.HiddenReason!), ActorKind.Moderator, moderatorId, now.ToUniversalTime());
    }
}
