using System.Net.Http.Headers;

namespace DisputeCenter.Web.Tests.Infrastructure;

public static class EvidenceUploads
{
    /// <summary>
    /// Posts files to a dispute's evidence the way the upload form does: multipart, the form's antiforgery token first
    /// (read from the evidence page; the overload with a token lets a test supply its own).
    /// </summary>
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, Guid disputeId, string kind, params (string Name, Stream Content)[] files) =>
        await client.UploadAsync(disputeId, kind, await TokenAsync(client, disputeId), files);

    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, Guid disputeId, string kind, string? token, params (string Name, Stream Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        form.Add(new StringContent(kind), "kind");
        form.Add(new StringContent("Seen on arrival"), "caption");
        foreach (var (name, content) in files)
        {
            var part = new StreamContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Disputes/{disputeId}/Evidence/Upload") { Content = form };
        return await client.SendAsync(request);
    }

    /// <summary>The antiforgery token of the upload form on the dispute's evidence page, for this client's session.</summary>
    public static async Task<string?> TokenAsync(HttpClient client, Guid disputeId)
    {
        var page = await client.GetDocumentAsync($"/Disputes/{disputeId}/Evidence");
        return page.QuerySelector($"form[action$='/Evidence/Upload'] input[name='__RequestVerificationToken']")?.GetAttribute("value");
    }
}
