using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Evidence.Rules;
using DisputeCenter.Domain.Tests.Support;

namespace DisputeCenter.Domain.Tests.Evidence;

public class EvidenceItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    [Fact]
    public void A_staged_item_records_its_detected_format_and_a_generated_stored_name()
    {
        var id = Guid.NewGuid();
        var item = EvidenceItem.Stage(
            id, Guid.NewGuid(), EvidenceUploader.Seller("seller-1"), EvidenceKind.Document, "  The invoice  ", "invoice.exe", EvidenceFormat.Pdf, 1234, Sha, Now);

        Assert.Equal(EvidenceStatus.Staged, item.Status);
        Assert.Equal($"{id:N}.pdf", item.StoredName);
        Assert.Equal("invoice.exe", item.OriginalName);
        Assert.Equal("application/pdf", item.MimeType);
        Assert.Equal("The invoice", item.Caption);
        Assert.Equal((ActorKind.Seller, "seller-1"), (item.UploadedBy, item.UploaderId));
    }

    [Fact]
    public void A_staged_item_can_be_removed_by_its_uploader_only()
    {
        var item = Staged();

        item.CheckRemovableBy("buyer-1");
        Refused.By<OnlyTheUploaderCanRemoveEvidenceRule>(() => item.CheckRemovableBy("someone-else"));
    }

    [Fact]
    public void A_submitted_item_can_never_be_removed()
    {
        var item = Staged();
        item.Submit(Now.AddMinutes(5));

        Assert.Equal(EvidenceStatus.Submitted, item.Status);
        Assert.Equal(Now.AddMinutes(5), item.SubmittedAt);
        Refused.By<SubmittedEvidenceCannotBeRemovedRule>(() => item.CheckRemovableBy("buyer-1"));
        item.Hide("moderator-1", "Shows a card number.", Now.AddHours(1));
        Refused.By<SubmittedEvidenceCannotBeRemovedRule>(() => item.CheckRemovableBy("buyer-1"));
    }

    [Fact]
    public void An_item_is_submitted_once()
    {
        var item = Staged();
        item.Submit(Now);

        Refused.By<EvidenceMustBeInStatusRule>(() => item.Submit(Now));
    }

    [Fact]
    public void A_moderator_hides_submitted_evidence_with_a_reason()
    {
        var item = Staged();
        Refused.By<EvidenceMustBeInStatusRule>(() => item.Hide("moderator-1", "Private data", Now));
        item.Submit(Now);

        Refused.By<HiddenReasonMustBeGivenRule>(() => item.Hide("moderator-1", "   ", Now));
        item.Hide("moderator-1", " Shows the buyer's home address. ", Now.AddHours(2));

        Assert.Equal(EvidenceStatus.Hidden, item.Status);
        Assert.Equal(("moderator-1", "Shows the buyer's home address.", Now.AddHours(2)), (item.HiddenBy, item.HiddenReason, item.HiddenAt));
        Refused.By<EvidenceMustBeInStatusRule>(() => item.Hide("moderator-1", "again", Now));
    }

    [Fact]
    public void A_caption_is_at_most_500_characters()
    {
        EvidenceItem.Stage(Guid.NewGuid(), Guid.NewGuid(), EvidenceUploader.Buyer("b"), EvidenceKind.Photo, new string('x', 500), "a.jpg", EvidenceFormat.Jpeg, 10, Sha, Now);

        Refused.By<EvidenceCaptionMustNotBeTooLongRule>(() => EvidenceItem.Stage(
            Guid.NewGuid(), Guid.NewGuid(), EvidenceUploader.Buyer("b"), EvidenceKind.Photo, new string('x', 501), "a.jpg", EvidenceFormat.Jpeg, 10, Sha, Now));
    }

    [Fact]
    public void The_fingerprint_must_be_a_sha256_in_lower_case_hex()
    {
        Assert.Throws<ArgumentException>(() => EvidenceItem.Stage(
            Guid.NewGuid(), Guid.NewGuid(), EvidenceUploader.Buyer("b"), EvidenceKind.Photo, null, "a.jpg", EvidenceFormat.Jpeg, 10, Sha.ToUpperInvariant(), Now));
    }

    private static EvidenceItem Staged() =>
        EvidenceItem.Stage(Guid.NewGuid(), Guid.NewGuid(), EvidenceUploader.Buyer("buyer-1"), EvidenceKind.Photo, null, "a.jpg", EvidenceFormat.Jpeg, 10, Sha, Now);
}
