using System.Security.Cryptography;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Evidence.Sniffing;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DisputeCenter.Services.Tests.Evidence.EvidenceVault;

namespace DisputeCenter.Services.Tests.Evidence;

public sealed class StageEvidenceServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private const string NotAllowed = RefusalReasons.NotAllowed;

    public static TheoryData<string, byte[], string> HostileCorpus => new()
    {
        { "holiday.jpg", EvidenceFiles.Html(), $"holiday.jpg: {NotAllowed}" },
        { "avatar.jpg", EvidenceFiles.Svg(), $"avatar.jpg: {NotAllowed}" },
        { "drawing.png", EvidenceFiles.XmlSvg(), $"drawing.png: {NotAllowed}" },
        { "invoice.pdf", EvidenceFiles.WindowsProgram(), $"invoice.pdf: {RefusalReasons.Program}" },
        { "receipt.pdf", EvidenceFiles.LinuxProgram(), $"receipt.pdf: {RefusalReasons.Program}" },
        { "notes.txt", EvidenceFiles.Script(), $"notes.txt: {RefusalReasons.Program}" },
        { "defect.png", EvidenceFiles.Png(300_000)[..150_000], $"defect.png: {RefusalReasons.Incomplete}" },
        { "scan.pdf", EvidenceFiles.Pdf(5000)[..4000], $"scan.pdf: {RefusalReasons.Incomplete}" },
        { "clip.mp4", EvidenceFiles.Mp4(50_000)[..40_000], $"clip.mp4: {RefusalReasons.Incomplete}" },
        { "empty.jpg", [], "empty.jpg: the file is empty." },
    };

    [Fact]
    public async Task Valid_files_are_staged_with_the_format_their_content_shows_whatever_their_names_say()
    {
        var buyer = await db.Data.BuyerAsync();
        var disputeId = await db.NewDisputeAsync();
        var files = new (string Name, byte[] Content, EvidenceFormat Format)[]
        {
            ("photo.png", EvidenceFiles.Jpeg(), EvidenceFormat.Jpeg),
            ("photo.jpg", EvidenceFiles.Png(), EvidenceFormat.Png),
            ("invoice", EvidenceFiles.Pdf(), EvidenceFormat.Pdf),
            ("unboxing.mov", EvidenceFiles.Mp4(), EvidenceFormat.Mp4),
            ("defect.webm", EvidenceFiles.WebM(), EvidenceFormat.WebM),
            ("chat.log", EvidenceFiles.Text(), EvidenceFormat.PlainText),
            ("supplier-mail.txt", EvidenceFiles.Eml(), EvidenceFormat.Eml),
        };
        var before = await db.CountsAsync();

        var result = await db.StageAsync(disputeId, EvidenceUploader.Buyer(buyer.Id), [.. files.Select(f => File(f.Name, f.Content))]);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(files.Select(f => f.Format), result.Value!.Select(s => s.Format));
        Assert.Equal(files.Select(f => Convert.ToHexStringLower(SHA256.HashData(f.Content))), result.Value!.Select(s => s.Sha256));
        Assert.Equal(files.Select(f => (long)f.Content.Length), result.Value!.Select(s => s.SizeBytes));
        Assert.Equal((before.Items + 7, before.Chunks + 7), await db.CountsAsync());
        var stored = await db.WithDbAsync(d => d.EvidenceItems.AsNoTracking().Where(e => e.DisputeId == disputeId).ToListAsync());
        Assert.All(stored, e => Assert.Equal((EvidenceStatus.Staged, ActorKind.Buyer, buyer.Id), (e.Status, e.UploadedBy, e.UploaderId)));
        Assert.Equal("message/rfc822", stored.Single(e => e.OriginalName == "supplier-mail.txt").MimeType);
    }

    [Theory]
    [MemberData(nameof(HostileCorpus))]
    public async Task A_hostile_or_broken_file_is_refused_and_nothing_is_stored(string name, byte[] content, string message)
    {
        var buyer = await db.Data.BuyerAsync();
        var before = await db.CountsAsync();

        var result = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), File(name, content));

        Assert.Equal([message], result.Errors);
        Assert.Equal(before, await db.CountsAsync());
    }

    [Fact]
    public async Task One_refused_file_refuses_the_whole_submission_and_what_was_already_written_is_rolled_back()
    {
        var (seller, _) = await db.Data.SellerAsync();
        var before = await db.CountsAsync();

        var result = await db.StageAsync(
            await db.NewDisputeAsync(),
            EvidenceUploader.Seller(seller.Id),
            File("big-photo.jpg", EvidenceFiles.Jpeg(3_500_000)),
            File("invoice.pdf", EvidenceFiles.Pdf()),
            File("holiday.jpg", EvidenceFiles.Html()),
            File("later.png", EvidenceFiles.Png()));

        Assert.Equal([$"holiday.jpg: {NotAllowed}"], result.Errors);
        Assert.Equal(before, await db.CountsAsync());
    }

    [Fact]
    public async Task An_interrupted_upload_leaves_nothing_behind()
    {
        var buyer = await db.Data.BuyerAsync();
        var before = await db.CountsAsync();
        var video = EvidenceFiles.Mp4(3_000_000);
        var interrupted = new IncomingFile("unboxing.mp4", EvidenceKind.Video, null, () => new InterruptedStream(video, 1_700_000));

        var result = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), File("ok.jpg", EvidenceFiles.Jpeg()), interrupted);

        Assert.Equal([$"unboxing.mp4: {RefusalReasons.Interrupted}"], result.Errors);
        Assert.Equal(before, await db.CountsAsync());
    }

    [Fact]
    public async Task A_png_exactly_at_the_image_limit_is_accepted_and_one_byte_more_is_refused()
    {
        var buyer = await db.Data.BuyerAsync();
        var limit = (int)EvidenceLimits.ImageMaxBytes;
        var before = await db.CountsAsync();

        var over = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), File("big.png", EvidenceFiles.Png(limit + 1)));
        Assert.Equal(["big.png: the file is over the 20 MB limit for images."], over.Errors);
        Assert.Equal(before, await db.CountsAsync());

        var declared = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), File("big.png", EvidenceFiles.Png(limit + 1), length: limit + 1));
        Assert.Equal(["big.png: 20.1 MB is over the 20 MB limit for images."], declared.Errors);

        var atLimit = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), File("big.png", EvidenceFiles.Png(limit)));
        Assert.True(atLimit.Succeeded, string.Join("; ", atLimit.Errors));
        Assert.Equal(limit, Assert.Single(atLimit.Value!).SizeBytes);
        Assert.Equal((before.Items + 1, before.Chunks + 20), await db.CountsAsync());
    }

    [Fact]
    public async Task An_endless_upload_is_stopped_one_byte_past_its_limit()
    {
        var buyer = await db.Data.BuyerAsync();
        var source = new CountingStream(new EndlessStream(EvidenceFiles.Jpeg(100)[..20]));
        var endless = new IncomingFile("stream.jpg", EvidenceKind.Photo, null, () => source);

        var result = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), endless);

        Assert.Equal(["stream.jpg: the file is over the 20 MB limit for images."], result.Errors);
        Assert.Equal(EvidenceLimits.ImageMaxBytes + 1, source.BytesRead);
    }

    [Fact]
    public async Task A_declared_size_over_the_limit_is_refused_before_the_file_is_streamed()
    {
        var buyer = await db.Data.BuyerAsync();
        var source = new CountingStream(new EndlessStream(EvidenceFiles.Mp4(10)));
        var clip = new IncomingFile("clip.mp4", EvidenceKind.Video, null, () => source, Length: (200 * EvidenceLimits.Megabyte) + 1);

        var result = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), clip);

        Assert.Equal(["clip.mp4: 200.1 MB is over the 200 MB limit for videos."], result.Errors);
        Assert.True(source.BytesRead <= ContentSniffer.HeadLength);
    }

    [Fact]
    public async Task A_name_with_folders_and_control_characters_is_stored_sanitised_and_never_used_as_a_path()
    {
        var buyer = await db.Data.BuyerAsync();

        var result = await db.StageAsync(
            await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), File("..\\..\\Windows/System32/\u0007evil\r\n\u202Etxt.exe", EvidenceFiles.Text()));

        var staged = Assert.Single(result.Value!);
        Assert.Equal("eviltxt.exe", staged.OriginalName);
        Assert.Equal($"{staged.Id:N}.txt", staged.StoredName);
        var stored = await db.WithDbAsync(d => d.EvidenceItems.AsNoTracking().SingleAsync(e => e.Id == staged.Id));
        Assert.Equal(("eviltxt.exe", staged.StoredName), (stored.OriginalName, stored.StoredName));
    }

    [Fact]
    public async Task More_than_twenty_files_at_once_are_refused_unread()
    {
        var buyer = await db.Data.BuyerAsync();
        var opened = 0;
        var files = Enumerable.Range(1, 21)
            .Select(i => new IncomingFile($"p{i}.jpg", EvidenceKind.Photo, null, () =>
            {
                opened++;
                return new MemoryStream(EvidenceFiles.Jpeg());
            }))
            .ToArray();

        var result = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), files);

        Assert.Equal(["You can add at most 20 files at a time (you chose 21)."], result.Errors);
        Assert.Equal(0, opened);
    }

    [Fact]
    public async Task A_dispute_takes_no_more_than_its_total_allowance()
    {
        var buyer = await db.Data.BuyerAsync();
        var disputeId = await db.NewDisputeAsync();
        var first = await db.StageAsync(disputeId, EvidenceUploader.Buyer(buyer.Id), File("a.txt", EvidenceFiles.Text()));
        var id = Assert.Single(first.Value!).Id;
        // Submitted, so the buyer's staging quota is not what stops the next file.
        await db.ExecuteAsync($"UPDATE evidence_items SET size_bytes = {EvidenceLimits.DisputeTotalBytes - 50}, status = 'Submitted' WHERE id = {id}");
        var before = await db.CountsAsync();

        var result = await db.StageAsync(disputeId, EvidenceUploader.Buyer(buyer.Id), File("b.txt", EvidenceFiles.Text(new string('x', 51))));

        Assert.Equal(["b.txt: the evidence on a dispute can total at most 1024 MB, and 0.1 MB is left."], result.Errors);
        Assert.Equal(before, await db.CountsAsync());
        var other = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), File("b.txt", EvidenceFiles.Text(new string('x', 51))));
        Assert.True(other.Succeeded);
    }

    [Fact]
    public async Task An_account_stages_no_more_than_its_quota_over_all_its_disputes_until_it_submits()
    {
        var buyer = await db.Data.BuyerAsync();
        var first = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), File("a.txt", EvidenceFiles.Text()));
        var id = Assert.Single(first.Value!).Id;
        await db.ExecuteAsync($"UPDATE evidence_items SET size_bytes = {EvidenceLimits.StagedPerAccountBytes - 50} WHERE id = {id}");
        var elsewhere = await db.NewDisputeAsync();
        var before = await db.CountsAsync();

        var refused = await db.StageAsync(elsewhere, EvidenceUploader.Buyer(buyer.Id), File("b.txt", EvidenceFiles.Text(new string('x', 51))));

        Assert.Equal(
            ["b.txt: your draft files, not yet submitted, can total at most 256 MB, and 0.1 MB is left. Submit or remove some drafts first."],
            refused.Errors);
        Assert.Equal(before, await db.CountsAsync());
        var someoneElse = await db.Data.BuyerAsync("Other Buyer");
        Assert.True((await db.StageAsync(elsewhere, EvidenceUploader.Buyer(someoneElse.Id), File("b.txt", EvidenceFiles.Text(new string('x', 51))))).Succeeded);
        await db.ExecuteAsync($"UPDATE evidence_items SET status = 'Submitted' WHERE id = {id}");
        Assert.True((await db.StageAsync(elsewhere, EvidenceUploader.Buyer(buyer.Id), File("b.txt", EvidenceFiles.Text(new string('x', 51))))).Succeeded);
    }

    [Fact]
    public async Task Inside_a_callers_transaction_a_refusal_undoes_only_the_refused_submission()
    {
        var buyer = await db.Data.BuyerAsync();
        var disputeId = await db.NewDisputeAsync();
        var before = await db.CountsAsync();

        await db.InScopeAsync(async s =>
        {
            var context = s.GetRequiredService<Persistence.DisputeCenterDbContext>();
            var service = s.GetRequiredService<StageEvidenceService>();
            await using var transaction = await context.Database.BeginTransactionAsync();
            var good = await service.StageAsync(disputeId, EvidenceUploader.Buyer(buyer.Id), [File("a.jpg", EvidenceFiles.Jpeg())]);
            var bad = await service.StageAsync(disputeId, EvidenceUploader.Buyer(buyer.Id), [File("b.pdf", EvidenceFiles.Pdf()), File("c.jpg", EvidenceFiles.Svg())]);
            Assert.True(good.Succeeded);
            Assert.False(bad.Succeeded);
            await transaction.CommitAsync();
        });

        Assert.Equal((before.Items + 1, before.Chunks + 1), await db.CountsAsync());
    }
}
