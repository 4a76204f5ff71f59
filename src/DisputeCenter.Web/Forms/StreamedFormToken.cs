using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DisputeCenter.Web.Forms;

/// <summary>
/// The antiforgery check for a form whose body is streamed rather than model-bound (the framework's filter would read,
/// and so buffer, the whole body to find the token). The token comes from the <c>RequestVerificationToken</c> header or
/// from the body's first multipart section, <c>__RequestVerificationToken</c>, which the form puts before its files;
/// either way <see cref="IAntiforgery"/> validates it against the antiforgery cookie, as for every other form.
/// </summary>
public static class StreamedFormToken
{
    public const string FieldName = "__RequestVerificationToken";

    /// <summary>The framework's default <see cref="AntiforgeryOptions.HeaderName"/>, which the app keeps.</summary>
    public const string HeaderName = "RequestVerificationToken";

    private const int TokenMaxBytes = 4096;

    /// <summary>True when the request carries a valid token; the reader is then past the token's section.</summary>
    public static async Task<bool> IsValidAsync(HttpContext context, IAntiforgery antiforgery, MultipartReader reader, CancellationToken cancellationToken)
    {
        var token = context.Request.Headers[HeaderName].ToString();
        if (token.Length == 0)
        {
            var first = await reader.ReadNextSectionAsync(cancellationToken);
            if (first is null || !ContentDispositionHeaderValue.TryParse(first.ContentDisposition, out var disposition)
                || disposition.Name.Value != FieldName || disposition.FileName.HasValue || disposition.FileNameStar.HasValue)
            {
                return false;
            }

            var buffer = new char[TokenMaxBytes];
            using var text = new StreamReader(first.Body, System.Text.Encoding.UTF8);
            token = new string(buffer, 0, await text.ReadBlockAsync(buffer.AsMemory(), cancellationToken)).Trim();
        }

        if (token.Length == 0)
        {
            return false;
        }

        try
        {
            // IAntiforgery reads the request token from the header named in AntiforgeryOptions before it would read a
            // form: set to the token found above, the framework's own validation (the cookie's pair, the signed-in user,
            // Data Protection) decides, and the body is never buffered.
            context.Request.Headers[HeaderName] = token;
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}
