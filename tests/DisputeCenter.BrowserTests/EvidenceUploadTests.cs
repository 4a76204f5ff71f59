using DisputeCenter.BrowserTests.Infrastructure;
using DisputeCenter.Testing;

namespace DisputeCenter.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class EvidenceUploadTests(KestrelApp app, ChromiumFixture chromium) : BrowserTest(app, chromium), IClassFixture<KestrelApp>
{
    [Fact]
    public Task A_buyer_uploads_a_photo_reviews_it_in_drafts_submits_it_and_the_seller_sees_it() => InBrowserAsync(async () =>
    {
        var filed = await App.Database.FileAsync();
        var evidencePage = $"/Disputes/{filed.DisputeId}/Evidence";
        var photo = Path.Combine(Directory.CreateTempSubdirectory("dc-browser-").FullName, "cracked-ear-cup.png");
        await File.WriteAllBytesAsync(photo, EvidenceFiles.Png());
        try
        {
            var buyer = await NewPageAsync();
            await buyer.SignInAsync(filed.Buyer.Email!);
            await buyer.GotoAsync(evidencePage);

            await buyer.GetByLabel("What the files show").SelectOptionAsync(new SelectOptionValue { Value = "Photo" });
            await buyer.GetByLabel("Caption").FillAsync("Crack on the left ear cup");
            await buyer.GetByLabel("Files", new PageGetByLabelOptions { Exact = true }).SetInputFilesAsync(photo);
            await buyer.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Upload to my drafts" }).ClickAsync();

            await Expect(buyer.GetByRole(AriaRole.Status)).ToContainTextAsync("1 file(s) added to your drafts");
            var drafts = buyer.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Your drafts" });
            await Expect(drafts.GetByRole(AriaRole.Img, new LocatorGetByRoleOptions { Name = "Crack on the left ear cup" })).ToBeVisibleAsync();
            await Expect(drafts).ToContainTextAsync("cracked-ear-cup.png");
            await Expect(buyer.GetByText("Nothing has been submitted yet.")).ToBeVisibleAsync();

            await buyer.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Submit 1 file(s) to the dispute" }).ClickAsync();

            await Expect(buyer.GetByRole(AriaRole.Status)).ToContainTextAsync("1 file(s) submitted");
            await Expect(drafts).ToHaveCountAsync(0);

            var seller = await NewPageAsync();
            await seller.SignInAsync(filed.SellerUser.Email!);
            await seller.GotoAsync(evidencePage);

            var submitted = seller.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Submitted evidence" });
            var image = submitted.GetByRole(AriaRole.Img, new LocatorGetByRoleOptions { Name = "Crack on the left ear cup" });
            await Expect(image).ToBeVisibleAsync();
            await Expect(submitted).ToContainTextAsync("cracked-ear-cup.png");
            var served = await seller.APIRequest.GetAsync(await image.GetAttributeAsync("src") ?? throw new InvalidOperationException("The image has no src."));
            Assert.Equal((200, "image/png"), (served.Status, served.Headers["content-type"]));
            Assert.Equal(EvidenceFiles.Png(), await served.BodyAsync());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(photo)!, recursive: true);
        }
    });
}
