using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DisputeCenter.Testing;

namespace DisputeCenter.Web.Tests.Infrastructure;

/// <summary>Reads pages with AngleSharp and submits their forms the way a browser would, antiforgery token included.</summary>
public static class HtmlClient
{
    public static async Task<IDocument> ParseAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ParseAsync();
    }

    /// <summary>Fills the form matched by <paramref name="formSelector"/> on <paramref name="url"/> and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string url, string formSelector, IReadOnlyDictionary<string, string> values)
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var fields = form.Elements
            .OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && (i.Type is not ("checkbox" or "radio") || i.IsChecked))
            .GroupBy(i => i.Name!)
            .ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Like <see cref="SubmitAsync"/>, as multipart/form-data with <paramref name="files"/> in the form's "files" field.</summary>
    public static async Task<HttpResponseMessage> SubmitWithFilesAsync(
        this HttpClient client, string url, string formSelector, IReadOnlyDictionary<string, string> values, params (string Name, byte[] Content)[] files)
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var fields = form.Elements
            .OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type != "file" && (i.Type is not ("checkbox" or "radio") || i.IsChecked))
            .GroupBy(i => i.Name!)
            .ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "files", name);
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(action, content);
    }

    /// <summary>
    /// Signs in through the form; when the account asks for a second factor, answers with the code of
    /// <paramref name="authenticatorKey"/> (the test staff's key by default) and returns that step's response instead.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password, string authenticatorKey = TestAuthenticator.Key)
    {
        var response = await client.SubmitAsync("/Identity/Account/Login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (response.Headers.Location is not { } next || !next.OriginalString.Contains("/Identity/Account/LoginWith2fa", StringComparison.Ordinal))
        {
            return response;
        }

        response.Dispose();
        return await client.SubmitAsync(next.OriginalString, "main form", new Dictionary<string, string> { ["Code"] = TestAuthenticator.Code(authenticatorKey) });
    }
}
