using System.Net.Http.Headers;

namespace DisputeCenter.Web.Tests.Infrastructure;

public static class EvidenceUploads
{
    /// <summary>Posts files to a dispute's evidence the way the upload form does (same-origin, multipart).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, Guid disputeId, string kind, params (string Name, Stream Content)[] files)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "kind" },
            { new StringContent("Seen on arrival"), "caption" },
        };
        foreach (var (name, content) in files)
        {
            var part = new StreamContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Disputes/{disputeId}/Evidence/Upload") { Content = form };
        request.Headers.Add("Origin", "https://localhost");
        return await client.SendAsync(request);
    }
}
