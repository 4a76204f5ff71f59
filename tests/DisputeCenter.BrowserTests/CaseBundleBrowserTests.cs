using DisputeCenter.BrowserTests.Infrastructure;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Testing;

namespace DisputeCenter.BrowserTests;

/// <summary>The case file downloaded as a person would: a click on the dispute page, the ZIP saved, its sums checked.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseBundleBrowserTests(KestrelApp app, ChromiumFixture chromium) : BrowserTest(app, chromium), IClassFixture<KestrelApp>
{
    [Fact]
    public Task A_buyer_clicks_the_download_saves_the_case_file_and_its_manifest_verifies() => InBrowserAsync(async () =>
    {
        var filed = await App.Database.FileAsync(sellerName: "Bundle Browser Audio");
        var photo = EvidenceFiles.Png(6000);
        await App.Database.SubmitEvidenceAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), "cracked cup.png", photo);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.Database.SubmitEvidenceAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), "dispatch note.pdf", EvidenceFiles.Pdf());
        var buyer = await NewPageAsync();
        await buyer.SignInAsync(filed.Buyer.Email!);
        await buyer.GotoAsync($"/Disputes/{filed.DisputeId}");

        var download = await buyer.RunAndWaitForDownloadAsync(() =>
            buyer.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Download case file (ZIP)", Exact = true }).ClickAsync());

        Assert.Null(await download.FailureAsync());
        Assert.Matches("^case-[A-Za-z0-9._-]+\\.zip$", download.SuggestedFilename);
        var saved = Path.Combine(Artifacts.Folder, "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        var zip = await File.ReadAllBytesAsync(saved);
        var bundle = CaseBundleFiles.Read(zip);
        Assert.Equal(["case-file.pdf", "evidence/001-buyer-cracked-cup.png", "evidence/002-seller-dispatch-note.pdf", "SHA256SUMS"], bundle.Names);
        Assert.Empty(bundle.SumProblems());
        var (exitCode, output) = await CaseBundleFiles.CheckWithSha256SumAsync(zip);
        Assert.True(exitCode == 0, output);
        Assert.Contains("evidence/002-seller-dispatch-note.pdf: OK", output, StringComparison.Ordinal);
        Assert.Equal(photo, bundle.Files["evidence/001-buyer-cracked-cup.png"]);
        Assert.Contains("Bundle Browser Audio", bundle.PdfText, StringComparison.Ordinal);
    });
}
