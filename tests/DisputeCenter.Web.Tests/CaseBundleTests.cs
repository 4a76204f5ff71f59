using System.Net;
using System.Security.Cryptography;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Evidence.HideEvidence;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

/// <summary>The case file as one ZIP: the PDF, the evidence each reader may see, and SHA256SUMS that sha256sum -c accepts.</summary>
public sealed class CaseBundleTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private const string Rationale = "The buyer's photo shows the crack that the seller's answer does not explain.";

    /// <summary>
    /// A decided case: the buyer's photo and chat record and the seller's photo (with a GPS position) submitted, a second
    /// seller photo hidden by the moderator, and a draft of each party never submitted.
    /// </summary>
    private sealed record DecidedCase(FiledDispute Filed, string ModeratorEmail, string ModeratorId, Guid BuyerPhoto, byte[] BuyerPhotoBytes, Guid SellerPhoto, byte[] SellerPhotoBytes, Guid Hidden);

    private async Task<DecidedCase> DecidedCaseAsync()
    {
        var filed = await app.Database.FileAsync(sellerName: "Bundle Electronics Ltd");
        var buyer = DisputeActor.Buyer(filed.Buyer.Id);
        var seller = DisputeActor.Seller(filed.SellerUser.Id);
        var photoBytes = EvidenceFiles.Png(4321);
        var photo = await app.Database.SubmitEvidenceAsync(filed.DisputeId, buyer, "../../etc/crack photo.png", photoBytes);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var chat = await app.Database.SubmitEvidenceAsync(filed.DisputeId, buyer, "chat.txt", EvidenceFiles.Text());
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var sellerBytes = EvidenceFiles.JpegWithLocation();
        var sellerPhoto = await app.Database.SubmitEvidenceAsync(filed.DisputeId, seller, "packing.jpg", sellerBytes);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var hidden = await app.Database.SubmitEvidenceAsync(filed.DisputeId, seller, "someone-elses-address.png", EvidenceFiles.Png(2222));
        await StageAsync(filed.DisputeId, seller, "seller-draft.png");
        await StageAsync(filed.DisputeId, buyer, "buyer-draft.png");

        var moderator = await app.Data.ModeratorAsync();
        await app.Database.EscalateAndTakeAsync(filed, moderator.Id);
        (await app.Database.InScopeAsync(s => s.GetRequiredService<HideEvidenceService>()
            .HideAsync(hidden, moderator.Id, "Shows a third person's home address."))).ThrowIfFailed();
        foreach (var item in new[] { photo, chat, sellerPhoto })
        {
            await app.Database.OpenEvidenceAsync(item, moderator.Id);
        }

        (await app.Database.DecideAsync(filed.DisputeId, moderator.Id, Outcome.PartialRefund, 30m, Rationale, $"evidence:{photo}", "claim")).ThrowIfFailed();
        return new DecidedCase(filed, moderator.Email!, moderator.Id, photo, photoBytes, sellerPhoto, sellerBytes, hidden);
    }

    private async Task StageAsync(Guid disputeId, DisputeActor party, string name)
    {
        var file = new IncomingFile(name, EvidenceKind.Photo, null, () => new MemoryStream(EvidenceFiles.Png(1500), writable: false));
        var staged = await app.Database.InScopeAsync(s => s.GetRequiredService<StageEvidenceService>()
            .StageAsync(disputeId, new Domain.Evidence.EvidenceUploader(party.Kind, party.UserId), [file]));
        Assert.True(staged.Succeeded);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
        return client;
    }

    /// <summary>Follows the page's own link, and checks the download is a ZIP attachment that is not cached.</summary>
    private static async Task<byte[]> DownloadFromAsync(HttpClient client, string page)
    {
        var link = (await client.GetDocumentAsync(page)).QuerySelector("a.case-file")!.GetAttribute("href")!;
        using var response = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches("^case-[A-Za-z0-9._-]+\\.zip$", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task AssertSumsVerifyAsync(byte[] zip, CaseBundleFiles bundle)
    {
        Assert.Equal("case-file.pdf", bundle.Names[0]);
        Assert.Equal("SHA256SUMS", bundle.Names[^1]);
        Assert.Empty(bundle.SumProblems());
        Assert.Equal(bundle.Names.Count - 1, bundle.Sums.Count);
        var (exitCode, output) = await CaseBundleFiles.CheckWithSha256SumAsync(zip);
        Assert.True(exitCode == 0, output);
        Assert.Equal(bundle.Sums.Count, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.EndsWith(": OK", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_buyer_downloads_the_case_file_with_every_file_they_may_see_and_sums_that_sha256sum_accepts()
    {
        var c = await DecidedCaseAsync();
        using var client = await SignedInAsync(c.Filed.Buyer.Email!);

        var zip = await DownloadFromAsync(client, $"/Disputes/{c.Filed.DisputeId}");

        var bundle = CaseBundleFiles.Read(zip);
        await AssertSumsVerifyAsync(zip, bundle);
        Assert.Equal(["evidence/001-buyer-crack-photo.png", "evidence/002-buyer-chat.txt", "evidence/003-seller-packing.jpg"], bundle.Evidence);
        Assert.Equal(c.BuyerPhotoBytes, bundle.Files["evidence/001-buyer-crack-photo.png"]);
        // The seller's photo reaches the buyer without its GPS position, as on the site.
        var sellerPhoto = bundle.Files["evidence/003-seller-packing.jpg"];
        Assert.True(sellerPhoto.Length < c.SellerPhotoBytes.Length);
        Assert.DoesNotContain("GPSLatitude", System.Text.Encoding.ASCII.GetString(sellerPhoto), StringComparison.Ordinal);

        var text = bundle.PdfText;
        var flowing = PdfText.Flowing(text);
        Assert.Contains("Case file: dispute about order " + c.Filed.Order.Number, text, StringComparison.Ordinal);
        Assert.Contains("Bundle Electronics Ltd", text, StringComparison.Ordinal);
        Assert.Contains(c.Filed.Buyer.DisplayName, text, StringComparison.Ordinal);
        Assert.Contains(DisputeFlow.Description, flowing, StringComparison.Ordinal);
        Assert.Contains("The goods left our warehouse in perfect order.", flowing, StringComparison.Ordinal);
        Assert.Contains(Rationale, flowing, StringComparison.Ordinal);
        Assert.Contains("An item of evidence: evidence/001-buyer-crack-photo.png", text, StringComparison.Ordinal);
        Assert.Contains("Headphones", text, StringComparison.Ordinal);
        var timeline = await app.Database.WithDbAsync(db => db.DisputeEvents.Where(e => e.DisputeId == c.Filed.DisputeId).OrderBy(e => e.Sequence).ToListAsync());
        Assert.True(timeline.Count > 8);
        Assert.All(timeline, entry => Assert.Contains("SHA-256 " + entry.Hash, text, StringComparison.Ordinal));
        Assert.Contains($"Chain verified: all {timeline.Count} entries are unchanged.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("draft", string.Join(" ", bundle.Names), StringComparison.Ordinal);
        // The hidden item's arrival stays on the timeline, as on the page, but neither its file nor an entry for it is in the copy.
        Assert.DoesNotContain("evidence/004", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seller_gets_their_own_photo_as_sent_and_the_buyers_files_but_no_hidden_item_or_draft()
    {
        var c = await DecidedCaseAsync();
        using var client = await SignedInAsync(c.Filed.SellerUser.Email!);

        var zip = await DownloadFromAsync(client, $"/Seller/Claims/{c.Filed.DisputeId}");

        var bundle = CaseBundleFiles.Read(zip);
        await AssertSumsVerifyAsync(zip, bundle);
        Assert.Equal(["evidence/001-buyer-crack-photo.png", "evidence/002-buyer-chat.txt", "evidence/003-seller-packing.jpg"], bundle.Evidence);
        Assert.Equal(c.SellerPhotoBytes, bundle.Files["evidence/003-seller-packing.jpg"]);
        var stored = await app.Database.WithDbAsync(db => db.EvidenceItems.Where(e => e.Id == c.SellerPhoto).Select(e => e.Sha256).SingleAsync());
        Assert.Equal(stored, Convert.ToHexStringLower(SHA256.HashData(bundle.Files["evidence/003-seller-packing.jpg"])));
        Assert.Contains("Prepared for Seller", bundle.PdfText.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_moderator_also_gets_the_hidden_item_and_taking_a_copy_opens_nothing_for_them()
    {
        var c = await DecidedCaseAsync();
        var other = await app.Data.ModeratorAsync("Other Moderator");
        using var client = await SignedInAsync(other.Email!);

        var zip = await DownloadFromAsync(client, $"/Moderation/Cases/{c.Filed.DisputeId}");

        var bundle = CaseBundleFiles.Read(zip);
        await AssertSumsVerifyAsync(zip, bundle);
        Assert.Equal(
            ["evidence/001-buyer-crack-photo.png", "evidence/002-buyer-chat.txt", "evidence/003-seller-packing.jpg", "evidence/004-seller-someone-elses-address.png"],
            bundle.Evidence);
        Assert.Contains("Shows a third person's home address.", bundle.PdfText, StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.WithDbAsync(db => db.EvidenceOpenings.CountAsync(o => o.ModeratorId == other.Id)));
    }

    [Fact]
    public async Task A_stranger_gets_404_as_for_a_missing_dispute_and_a_visitor_is_sent_to_sign_in()
    {
        var filed = await app.Database.FileAsync();
        var stranger = await app.Data.BuyerAsync("Stranger");
        var (otherSeller, _) = await app.Data.SellerAsync("Other Seller");
        using var visitor = app.Browser();

        foreach (var email in new[] { stranger.Email!, otherSeller.Email! })
        {
            using var client = await SignedInAsync(email);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Disputes/{filed.DisputeId}/CaseFile")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Disputes/{Guid.NewGuid()}/CaseFile")).StatusCode);
        }

        using var anonymous = await visitor.GetAsync($"/Disputes/{filed.DisputeId}/CaseFile");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Identity/Account/Login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Afrikaans_the_pdf_speaks_Afrikaans_and_what_people_wrote_stays_as_written()
    {
        var filed = await app.Database.FileAsync();
        using var client = await SignedInAsync(filed.Buyer.Email!);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/", "form.preferences", new Dictionary<string, string> { ["culture"] = "af-ZA" })).StatusCode);

        var bundle = CaseBundleFiles.Read(await DownloadFromAsync(client, $"/Disputes/{filed.DisputeId}"));

        var text = bundle.PdfText;
        Assert.Contains("Saaklêer: dispuut oor bestelling " + filed.Order.Number, text, StringComparison.Ordinal);
        Assert.Contains("Tydlyn", text, StringComparison.Ordinal);
        Assert.Contains("Item defektief of nie soos beskryf nie", text, StringComparison.Ordinal);
        Assert.Contains(DisputeFlow.Description, PdfText.Flowing(text), StringComparison.Ordinal);
        Assert.DoesNotContain("Timeline", text, StringComparison.Ordinal);
        Assert.Empty(bundle.Evidence);
        Assert.Empty(bundle.SumProblems());
    }
}
