using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Web.Tests.Api;

/// <summary>Evidence a seller's systems send over the API: the vault's checks and limits, then the dispute's timeline.</summary>
public sealed class EvidenceApiTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private static HttpRequestMessage Upload(Guid disputeId, string? kind, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
            form.Add(new StringContent("Packed and weighed before dispatch"), "caption");
        }

        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/disputes/{disputeId}/evidence") { Content = form };
    }

    private Task<int> EvidenceCountAsync(Guid disputeId) =>
        app.Database.WithDbAsync(db => db.EvidenceItems.CountAsync(e => e.DisputeId == disputeId));

    [Fact]
    public async Task A_sellers_key_submits_files_that_reach_the_dispute_and_its_timeline()
    {
        var filed = await app.Database.FileAsync();
        using var api = app.ApiClient((await app.SellerKeyAsync(filed.SellerUser.Id)).Secret);
        var (photo, invoice) = (EvidenceFiles.Jpeg(8000), EvidenceFiles.Pdf());

        var response = await api.SendAsync(Upload(filed.DisputeId, "shipping_record", ("parcel.jpg", photo), ("invoice.pdf", invoice)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var items = body.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, e => Assert.Equal("seller", e.GetProperty("uploaded_by").GetString()));
        Assert.All(items, e => Assert.Equal("shipping_record", e.GetProperty("kind").GetString()));
        Assert.All(items, e => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, e.GetProperty("submitted_at").ValueKind));
        Assert.Contains(items, e => e.GetProperty("sha256").GetString() == Convert.ToHexStringLower(SHA256.HashData(photo)));
        Assert.Contains(items, e => e.GetProperty("format").GetString() == "pdf");
        var dispute = await (await api.GetAsync($"/api/v1/disputes/{filed.DisputeId}")).JsonAsync();
        Assert.Equal(2, dispute.GetProperty("evidence").GetArrayLength());
        var stored = await app.Database.WithDbAsync(db => db.EvidenceItems.Where(e => e.DisputeId == filed.DisputeId).ToListAsync());
        Assert.All(stored, e => Assert.Equal(EvidenceStatus.Submitted, e.Status));
        Assert.All(stored, e => Assert.Equal("Packed and weighed before dispatch", e.Caption));
        Assert.True(await app.Database.WithDbAsync(db => db.DisputeEvents.AnyAsync(e => e.DisputeId == filed.DisputeId && e.Kind == DisputeEventKind.EvidenceAdded)));
    }

    [Fact]
    public async Task A_file_that_is_not_what_it_claims_is_refused_and_nothing_of_the_upload_is_kept()
    {
        var filed = await app.Database.FileAsync();
        using var api = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);

        var response = await api.SendAsync(Upload(filed.DisputeId, "photo", ("fine.jpg", EvidenceFiles.Jpeg()), ("invoice.jpg", EvidenceFiles.WindowsProgram())));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("files", problem.GetProperty("field").GetString());
        Assert.Contains("invoice.jpg", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await EvidenceCountAsync(filed.DisputeId));
    }

    [Fact]
    public async Task A_file_over_its_formats_limit_is_refused_with_the_rules_name()
    {
        var filed = await app.Database.FileAsync();
        using var api = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);

        var response = await api.SendAsync(Upload(filed.DisputeId, "photo", ("huge.jpg", EvidenceFiles.Jpeg((int)EvidenceLimits.ImageMaxBytes + 1024))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("FileMustNotExceedFormatLimit", problem.GetProperty("rule").GetString());
        Assert.Equal(0, await EvidenceCountAsync(filed.DisputeId));
    }

    [Fact]
    public async Task An_unknown_kind_an_empty_upload_and_a_json_body_are_refused_plainly()
    {
        var filed = await app.Database.FileAsync();
        using var api = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);

        var unknownKind = await api.SendAsync(Upload(filed.DisputeId, "selfie", ("a.jpg", EvidenceFiles.Jpeg())));
        var noFiles = await api.SendAsync(Upload(filed.DisputeId, "photo"));
        var json = await api.PostJsonAsync($"/api/v1/disputes/{filed.DisputeId}/evidence", new { files = "a.jpg" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownKind.StatusCode);
        Assert.Equal("kind", (await unknownKind.JsonAsync()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noFiles.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(0, await EvidenceCountAsync(filed.DisputeId));
    }

    [Fact]
    public async Task Another_sellers_key_gets_404_and_a_key_without_disputes_act_gets_403()
    {
        var filed = await app.Database.FileAsync();
        var other = await app.Database.FileAsync(sellerName: "Other Supplies Ltd");
        using var foreign = app.ApiClient((await app.SellerKeyAsync(other.SellerUser.Id)).Secret);
        using var readOnly = app.ApiClient((await app.MarketplaceKeyAsync(ApiScopes.DisputesRead)).Secret);

        var foreignUpload = await foreign.SendAsync(Upload(filed.DisputeId, "photo", ("a.jpg", EvidenceFiles.Jpeg())));
        var missingUpload = await foreign.SendAsync(Upload(Guid.NewGuid(), "photo", ("a.jpg", EvidenceFiles.Jpeg())));
        var readOnlyUpload = await readOnly.SendAsync(Upload(filed.DisputeId, "photo", ("a.jpg", EvidenceFiles.Jpeg())));

        Assert.Equal(HttpStatusCode.NotFound, foreignUpload.StatusCode);
        Assert.Equal(await missingUpload.Content.ReadAsStringAsync(), await foreignUpload.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, readOnlyUpload.StatusCode);
        Assert.Equal(0, await EvidenceCountAsync(filed.DisputeId));
    }

    [Fact]
    public async Task Evidence_on_a_closed_dispute_is_refused_with_the_rule_and_leaves_no_drafts()
    {
        var filed = await app.Database.FileAsync();
        using var api = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);
        Assert.Equal(HttpStatusCode.OK, (await api.PostJsonAsync($"/api/v1/disputes/{filed.DisputeId}/accept-claim", new { })).StatusCode);

        var response = await api.SendAsync(Upload(filed.DisputeId, "photo", ("late.jpg", EvidenceFiles.Jpeg())));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.JsonAsync()).GetProperty("rule").GetString()));
        Assert.Equal(0, await EvidenceCountAsync(filed.DisputeId));
    }
}
