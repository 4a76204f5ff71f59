using System.Net;
using System.Security.Cryptography;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Web.Tests;

public sealed class EvidenceTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
        return client;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private Task<List<Domain.Evidence.EvidenceItem>> ItemsAsync(Guid disputeId) =>
        app.Database.WithDbAsync(d => d.EvidenceItems.AsNoTracking().Where(e => e.DisputeId == disputeId).OrderBy(e => e.ReceivedAt).ToListAsync());

    [Fact]
    public async Task Submitted_evidence_is_receipted_in_the_timeline_and_shown_only_to_the_parties()
    {
        var filed = await app.Database.FileAsync();
        using var buyer = await SignedInAsync(filed.Buyer.Email!);
        var pdf = EvidenceFiles.Pdf();

        var uploaded = await buyer.UploadAsync(filed.DisputeId, "Document", ("invoice.pdf", new MemoryStream(pdf)));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var submitted = await buyer.SubmitAsync($"/Disputes/{filed.DisputeId}/Evidence", "form[action*='handler=Submit']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var item = Assert.Single(await ItemsAsync(filed.DisputeId));
        Assert.Equal((Domain.Evidence.EvidenceStatus.Submitted, Sha256(pdf)), (item.Status, item.Sha256));
        var receipt = await app.Database.WithDbAsync(d => d.DisputeEvents.AsNoTracking()
            .SingleAsync(e => e.DisputeId == filed.DisputeId && e.Kind == DisputeEventKind.EvidenceAdded));
        Assert.Equal(item.Sha256, Assert.IsType<TimelineEvent.EvidenceAdded>(receipt.Event).Sha256);

        using var seller = await SignedInAsync(filed.SellerUser.Email!);
        var download = await seller.GetAsync($"/Evidence/{item.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("invoice.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        var stranger = await app.Data.BuyerAsync();
        using var strangerClient = await SignedInAsync(stranger.Email!);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.GetAsync($"/Evidence/{item.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.GetAsync($"/Disputes/{filed.DisputeId}/Evidence")).StatusCode);
    }

    [Fact]
    public async Task A_moderator_hides_an_item_with_a_reason_it_stays_on_record_and_the_parties_no_longer_get_it()
    {
        var filed = await app.Database.FileAsync();
        using var buyer = await SignedInAsync(filed.Buyer.Email!);
        await buyer.UploadAsync(filed.DisputeId, "ChatRecord", ("chat.txt", new MemoryStream(EvidenceFiles.Text())));
        await buyer.SubmitAsync($"/Disputes/{filed.DisputeId}/Evidence", "form[action*='handler=Submit']", new Dictionary<string, string>());
        var item = Assert.Single(await ItemsAsync(filed.DisputeId));
        var moderator = await app.Data.ModeratorAsync();
        using var moderatorClient = await SignedInAsync(moderator.Email!);

        var hidden = await moderatorClient.SubmitAsync(
            $"/Disputes/{filed.DisputeId}/Evidence", "form[action*='handler=Hide']", new Dictionary<string, string> { ["reason"] = "Contains a phone number" });

        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Equal(Domain.Evidence.EvidenceStatus.Hidden, Assert.Single(await ItemsAsync(filed.DisputeId)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync($"/Evidence/{item.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await moderatorClient.GetAsync($"/Evidence/{item.Id}")).StatusCode);
        var recorded = await app.Database.WithDbAsync(d => d.DisputeEvents.AsNoTracking()
            .SingleAsync(e => e.DisputeId == filed.DisputeId && e.Kind == DisputeEventKind.EvidenceHidden));
        Assert.Equal("Contains a phone number", Assert.IsType<TimelineEvent.EvidenceHidden>(recorded.Event).Reason);
    }

    [Fact]
    public async Task Drafts_are_seen_only_by_their_uploader()
    {
        var filed = await app.Database.FileAsync();
        using var buyer = await SignedInAsync(filed.Buyer.Email!);
        await buyer.UploadAsync(filed.DisputeId, "Photo", ("draft.png", new MemoryStream(EvidenceFiles.Png())));
        var draft = Assert.Single(await ItemsAsync(filed.DisputeId));

        using var seller = await SignedInAsync(filed.SellerUser.Email!);

        Assert.Equal(HttpStatusCode.NotFound, (await seller.GetAsync($"/Evidence/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await buyer.GetAsync($"/Evidence/{draft.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_disguised_file_is_refused_with_its_name_and_nothing_of_the_upload_is_kept()
    {
        var filed = await app.Database.FileAsync();
        using var buyer = await SignedInAsync(filed.Buyer.Email!);

        var response = await buyer.UploadAsync(
            filed.DisputeId, "Photo", ("good.png", new MemoryStream(EvidenceFiles.Png())), ("holiday.jpg", new MemoryStream(EvidenceFiles.Html())));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await buyer.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("holiday.jpg", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await ItemsAsync(filed.DisputeId));
    }

    [Fact]
    public async Task An_upload_without_the_forms_token_or_with_another_sessions_token_is_rejected_and_stores_nothing()
    {
        var filed = await app.Database.FileAsync();
        using var buyer = await SignedInAsync(filed.Buyer.Email!);
        using var stranger = app.Browser();
        var strangersToken = SiteClient.FormToken(await stranger.GetStringAsync("/Identity/Account/Login"));
        var chunksBefore = await app.Database.WithDbAsync(db => db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM evidence_chunks").SingleAsync());

        using var without = await buyer.UploadAsync(filed.DisputeId, "Photo", token: null, ("a.png", new MemoryStream(EvidenceFiles.Png())));
        using var foreign = await buyer.UploadAsync(filed.DisputeId, "Photo", strangersToken, ("b.png", new MemoryStream(EvidenceFiles.Png())));
        using var bogus = await buyer.UploadAsync(filed.DisputeId, "Photo", "not-a-token", ("c.png", new MemoryStream(EvidenceFiles.Png())));

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bogus.StatusCode);
        Assert.Empty(await ItemsAsync(filed.DisputeId));
        Assert.Equal(chunksBefore, await app.Database.WithDbAsync(db => db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM evidence_chunks").SingleAsync()));

        // With the token its own page gave it, the same upload goes through.
        using var proper = await buyer.UploadAsync(filed.DisputeId, "Photo", ("d.png", new MemoryStream(EvidenceFiles.Png())));
        Assert.Equal(HttpStatusCode.Redirect, proper.StatusCode);
    }

    [Fact]
    public async Task Other_parties_get_a_photo_without_its_location_and_the_uploader_gets_the_original()
    {
        var filed = await app.Database.FileAsync();
        using var buyer = await SignedInAsync(filed.Buyer.Email!);
        var photo = EvidenceFiles.JpegWithLocation();
        await buyer.UploadAsync(filed.DisputeId, "Photo", ("crack.jpg", new MemoryStream(photo)));
        await buyer.SubmitAsync($"/Disputes/{filed.DisputeId}/Evidence", "form[action*='handler=Submit']", new Dictionary<string, string>());
        var item = Assert.Single(await ItemsAsync(filed.DisputeId));
        using var seller = await SignedInAsync(filed.SellerUser.Email!);

        var own = await (await buyer.GetAsync($"/Evidence/{item.Id}?inline=true")).Content.ReadAsByteArrayAsync();
        var shared = await seller.GetAsync($"/Evidence/{item.Id}?inline=true");
        var sharedBytes = await shared.Content.ReadAsByteArrayAsync();

        Assert.Equal(photo, own);
        Assert.Equal("inline", shared.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("image/jpeg", shared.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("GPSLatitude", System.Text.Encoding.Latin1.GetString(sharedBytes), StringComparison.Ordinal);
        Assert.Equal(photo[^1000..], sharedBytes[^1000..]);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x42, 0x42, 0x42, 0x42 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 0x45, 0x78, 0x69, 0x66 })]
    public async Task A_malformed_jpeg_is_shown_to_the_other_party_as_uploaded_never_a_500(byte[] header)
    {
        var filed = await app.Database.FileAsync();
        using var buyer = await SignedInAsync(filed.Buyer.Email!);
        var photo = header.Concat(new byte[3000]).Concat(new byte[] { 0xFF, 0xD9 }).ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await buyer.UploadAsync(filed.DisputeId, "Photo", ("broken.jpg", new MemoryStream(photo)))).StatusCode);
        await buyer.SubmitAsync($"/Disputes/{filed.DisputeId}/Evidence", "form[action*='handler=Submit']", new Dictionary<string, string>());
        var item = Assert.Single(await ItemsAsync(filed.DisputeId));
        using var seller = await SignedInAsync(filed.SellerUser.Email!);

        using var shared = await seller.GetAsync($"/Evidence/{item.Id}?inline=true");

        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        Assert.Equal(photo, await shared.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_200_MB_video_uploads_streams_back_intact_and_serves_ranges()
    {
        const long size = 200L * 1024 * 1024;
        var filed = await app.Database.FileAsync();
        using var buyer = app.Browser();
        buyer.Timeout = TimeSpan.FromMinutes(5);
        await buyer.SignInAsync(filed.Buyer.Email!, TestData.Password);
        string expected;
        using (var hashing = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        await using (var source = EvidenceFiles.Mp4Stream(size))
        {
            var buffer = new byte[1 << 20];
            int read;
            while ((read = await source.ReadAsync(buffer)) > 0)
            {
                hashing.AppendData(buffer, 0, read);
            }

            expected = Convert.ToHexStringLower(hashing.GetHashAndReset());
        }

        var uploaded = await buyer.UploadAsync(filed.DisputeId, "Video", ("unboxing.mp4", EvidenceFiles.Mp4Stream(size)));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var item = Assert.Single(await ItemsAsync(filed.DisputeId));
        Assert.Equal((size, expected, Domain.Evidence.EvidenceFormat.Mp4), (item.SizeBytes, item.Sha256, item.Format));

        using var download = await buyer.GetAsync($"/Evidence/{item.Id}", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await download.Content.ReadAsStreamAsync();
        using var check = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[1 << 20];
        int n;
        while ((n = await body.ReadAsync(chunk)) > 0)
        {
            check.AppendData(chunk, 0, n);
        }

        Assert.Equal(expected, Convert.ToHexStringLower(check.GetHashAndReset()));

        using var range = new HttpRequestMessage(HttpMethod.Get, $"/Evidence/{item.Id}?inline=true");
        range.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(150_000_000, 150_000_099);
        var partial = await buyer.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        var bytes = await partial.Content.ReadAsByteArrayAsync();
        Assert.Equal(Enumerable.Range(0, 100).Select(i => GeneratedStream.ByteAt(150_000_000 + i)), bytes);
    }
}
