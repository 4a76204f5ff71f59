using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Evidence.Rules;
using DisputeCenter.Domain.Tests.Support;

namespace DisputeCenter.Domain.Tests.Evidence;

public class EvidenceLimitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly string Sha = new('a', 64);

    [Theory]
    [InlineData(EvidenceFormat.Jpeg, 20)]
    [InlineData(EvidenceFormat.Png, 20)]
    [InlineData(EvidenceFormat.WebP, 20)]
    [InlineData(EvidenceFormat.Gif, 20)]
    [InlineData(EvidenceFormat.Heic, 20)]
    [InlineData(EvidenceFormat.Mp4, 200)]
    [InlineData(EvidenceFormat.WebM, 200)]
    [InlineData(EvidenceFormat.QuickTime, 200)]
    [InlineData(EvidenceFormat.Pdf, 25)]
    [InlineData(EvidenceFormat.PlainText, 5)]
    [InlineData(EvidenceFormat.Eml, 5)]
    public void A_file_exactly_at_its_formats_limit_is_accepted_and_one_byte_more_is_refused(EvidenceFormat format, int megabytes)
    {
        var limit = megabytes * 1024L * 1024L;

        var item = Stage(format, limit);
        Assert.Equal(limit, item.SizeBytes);

        Refused.By<FileMustNotExceedFormatLimitRule>(() => Stage(format, limit + 1));
    }

    [Fact]
    public void The_limit_message_names_the_file_the_size_and_the_limit()
    {
        var message = Refused.MessageOf<FileMustNotExceedFormatLimitRule>(
            () => Stage(EvidenceFormat.Mp4, (200 * EvidenceLimits.Megabyte) + 1, "clip.mp4"));

        Assert.Equal("clip.mp4: 200.1 MB is over the 200 MB limit for videos.", message);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var message = Refused.MessageOf<FileMustNotBeEmptyRule>(() => Stage(EvidenceFormat.PlainText, 0, "notes.txt"));

        Assert.Equal("notes.txt: the file is empty.", message);
    }

    [Fact]
    public void A_submission_of_twenty_files_is_accepted_and_twenty_one_refused()
    {
        var twenty = EvidenceSubmission.Start(Guid.NewGuid(), EvidenceUploader.Buyer("buyer-1"), 20, 0);
        Assert.Equal(EvidenceLimits.DisputeTotalBytes, twenty.RemainingAllowance);

        Refused.By<SubmissionMustNotExceedFileCountRule>(
            () => EvidenceSubmission.Start(Guid.NewGuid(), EvidenceUploader.Buyer("buyer-1"), 21, 0));
        Refused.By<SubmissionMustHaveFilesRule>(
            () => EvidenceSubmission.Start(Guid.NewGuid(), EvidenceUploader.Buyer("buyer-1"), 0, 0));
    }

    [Fact]
    public void A_submission_cannot_stage_more_files_than_the_limit()
    {
        var submission = EvidenceSubmission.Start(Guid.NewGuid(), EvidenceUploader.Seller("seller-1"), 20, 0);
        for (var i = 0; i < 20; i++)
        {
            StageInto(submission, EvidenceFormat.Jpeg, 1000);
        }

        Refused.By<SubmissionMustNotExceedFileCountRule>(() => StageInto(submission, EvidenceFormat.Jpeg, 1000));
    }

    [Fact]
    public void A_dispute_holds_up_to_one_gigabyte_of_evidence_and_not_a_byte_more()
    {
        var almostFull = EvidenceLimits.DisputeTotalBytes - (20 * EvidenceLimits.Megabyte);
        var submission = EvidenceSubmission.Start(Guid.NewGuid(), EvidenceUploader.Buyer("buyer-1"), 2, almostFull);

        StageInto(submission, EvidenceFormat.Jpeg, 20 * EvidenceLimits.Megabyte);
        Assert.Equal(0, submission.RemainingAllowance);

        var message = Refused.MessageOf<DisputeEvidenceMustNotExceedTotalRule>(() => StageInto(submission, EvidenceFormat.PlainText, 1));
        Assert.Contains("1024 MB", message, StringComparison.Ordinal);
        Assert.Single(submission.Items);
    }

    [Fact]
    public void Evidence_comes_only_from_a_party_or_a_moderator()
    {
        Refused.By<UploaderMustBeAPartyOrModeratorRule>(
            () => EvidenceSubmission.Start(Guid.NewGuid(), new EvidenceUploader(ActorKind.System, "sweeper"), 1, 0));
        Refused.By<UploaderMustBeAPartyOrModeratorRule>(
            () => EvidenceSubmission.Start(Guid.NewGuid(), EvidenceUploader.Buyer(" "), 1, 0));
    }

    [Theory]
    [InlineData(EvidenceFormat.Jpeg, "image/jpeg", EvidenceFamily.Image)]
    [InlineData(EvidenceFormat.Heic, "image/heic", EvidenceFamily.Image)]
    [InlineData(EvidenceFormat.QuickTime, "video/quicktime", EvidenceFamily.Video)]
    [InlineData(EvidenceFormat.Pdf, "application/pdf", EvidenceFamily.Document)]
    [InlineData(EvidenceFormat.Eml, "message/rfc822", EvidenceFamily.Text)]
    public void Each_format_has_its_mime_type_and_family(EvidenceFormat format, string mime, EvidenceFamily family)
    {
        var info = EvidenceFormatInfo.Of(format);

        Assert.Equal((mime, family), (info.MimeType, info.Family));
    }

    [Fact]
    public void Every_format_is_described()
    {
        foreach (var format in Enum.GetValues<EvidenceFormat>())
        {
            Assert.True(EvidenceLimits.MaxBytesFor(format) > 0);
        }
    }

    internal static EvidenceItem Stage(EvidenceFormat format, long size, string name = "file") =>
        EvidenceItem.Stage(Guid.NewGuid(), Guid.NewGuid(), EvidenceUploader.Buyer("buyer-1"), EvidenceKind.Photo, null, name, format, size, Sha, Now);

    private static EvidenceItem StageInto(EvidenceSubmission submission, EvidenceFormat format, long size) =>
        submission.Stage(Guid.NewGuid(), EvidenceKind.Photo, null, "file", format, size, Sha, Now);
}
