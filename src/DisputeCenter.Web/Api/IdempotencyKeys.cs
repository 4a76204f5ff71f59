using System.Security.Cryptography;
using System.Text;
using DisputeCenter.Services.Integration.Idempotency;

namespace DisputeCenter.Web.Api;

/// <summary>
/// Stripe's idempotency keys on every API POST: a request with <c>Idempotency-Key</c> does its work once; the same key
/// and request within 24 hours gets the first response again (status and body, with <c>Idempotent-Replayed: true</c>),
/// the same key with another request is a 422, and a request arriving while the first still runs waits for its answer.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>How long a request waits for the first one with its key before it is told to try again (409).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) =>
        app.UseWhen(
            context => HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(ApiEndpoints.Prefix, StringComparison.Ordinal)
                && context.Request.Headers.ContainsKey(Header) && context.User.Identity?.AuthenticationType == ApiKeyAuthentication.SchemeName,
            branch => branch.Use(HandleAsync));

    private static async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        var key = context.Request.Headers[Header].ToString();
        if (key.Length is 0 or > IdempotentRequest.KeyMaxLength)
        {
            await ApiProblems.Write(context, ApiProblems.Invalid(Header, $"An idempotency key has 1 to {IdempotentRequest.KeyMaxLength} characters."));
            return;
        }

        var clientId = ApiKeyAuthentication.CallerOf(context.User).ClientId;
        var fingerprint = await FingerprintAsync(context.Request);
        var store = context.RequestServices.GetRequiredService<IdempotencyStore>();
        var claim = await store.WaitAsync(clientId, key, fingerprint, Patience, context.RequestAborted);
        switch (claim.Verdict)
        {
            case IdempotencyVerdict.Replay:
                context.Response.StatusCode = claim.Replay!.Status;
                context.Response.ContentType = claim.Replay.ContentType;
                context.Response.Headers[ReplayedHeader] = "true";
                await context.Response.Body.WriteAsync(claim.Replay.Body, context.RequestAborted);
                return;
            case IdempotencyVerdict.Mismatch:
                await ApiProblems.Write(context, ApiProblems.Problem(
                    StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused", "Idempotency key reused",
                    "This idempotency key was used with a different request. Use a new key for a new request."));
                return;
            case IdempotencyVerdict.InProgress:
                context.Response.Headers.RetryAfter = "1";
                await ApiProblems.Write(context, ApiProblems.Problem(
                    StatusCodes.Status409Conflict, "idempotency-key-in-use", "Request in progress",
                    "A request with this idempotency key is still being processed. Retry in a moment to get its response."));
                return;
        }

        await RunAndKeepAsync(context, next, store, clientId, key);
    }

    private static async Task RunAndKeepAsync(HttpContext context, RequestDelegate next, IdempotencyStore store, Guid clientId, string key)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = original;
            await store.ReleaseAsync(clientId, key, CancellationToken.None);
            throw;
        }

        context.Response.Body = original;
        var status = context.Response.StatusCode;
        // A server error or a refusal to even try (429) is not an answer to keep: the client's retry runs the work.
        if (status >= 500 || status == StatusCodes.Status429TooManyRequests)
        {
            await store.ReleaseAsync(clientId, key, CancellationToken.None);
        }
        else
        {
            await store.CompleteAsync(clientId, key, new StoredResponse(status, context.Response.ContentType, buffer.ToArray()), CancellationToken.None);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>SHA-256 over the method, the path and query, and the body (read once into a buffer the endpoint reads again).</summary>
    private static async Task<byte[]> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return hash.GetHashAndReset();
    }
}
