using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Integration.Ingestion;
using Microsoft.AspNetCore.Mvc;

namespace DisputeCenter.Web.Api;

/// <summary>
/// Every API error is an RFC 9457 problem document (<c>application/problem+json</c>). A refusal by the domain names the
/// rule (<c>rule</c>, e.g. <c>OrderCanBePaidOnce</c>) and, where it is about one input, the field (<c>field</c>).
/// </summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    /// <summary>Problem types are names, not pages: <c>urn:disputecenter:problem:rule-broken</c>.</summary>
    private const string TypeBase = "urn:disputecenter:problem:";

    public static ProblemDetails Unauthorized() =>
        Problem(StatusCodes.Status401Unauthorized, "unauthorized", "Unauthorized", "Send a live API key: Authorization: Bearer dck_….");

    public static ProblemDetails Forbidden() =>
        Problem(StatusCodes.Status403Forbidden, "forbidden", "Forbidden", "This API key does not have the scope this operation needs.");

    public static ProblemDetails NotFound() =>
        Problem(StatusCodes.Status404NotFound, "not-found", "Not found", "There is no such record, or it is not this client's to see.");

    public static ProblemDetails TooManyRequests(int retryAfterSeconds) =>
        Problem(StatusCodes.Status429TooManyRequests, "rate-limited", "Too many requests", $"This client sent too many requests; try again in {retryAfterSeconds} s.");

    public static ProblemDetails Invalid(string field, string message) =>
        With(Problem(StatusCodes.Status422UnprocessableEntity, "invalid", "Invalid request", message), field, "Invalid");

    public static ProblemDetails Ingest(IngestProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var type = problem.Rule is "Required" or "Invalid" ? "invalid" : "rule-broken";
        return With(Problem(StatusCodes.Status422UnprocessableEntity, type, "The record was refused", problem.Message.ToString()), problem.Field, problem.Rule);
    }

    /// <summary>
    /// A use case's failure: 404 for missing or foreign, 422 with the rule for a refusal, 409 for a lost race. The field is
    /// the rule's subject, else <paramref name="field"/> (the request part the use case read, such as an upload's files).
    /// </summary>
    public static ProblemDetails From(Result result, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var detail = string.Join(" ", result.Errors);
        return result.Status switch
        {
            ResultStatus.NotFound => NotFound(),
            ResultStatus.Conflict => Problem(StatusCodes.Status409Conflict, "conflict", "Conflict", detail),
            ResultStatus.Refused => With(
                Problem(StatusCodes.Status422UnprocessableEntity, "rule-broken", "Refused by a rule", detail),
                result.Subject == RuleSubject.Action ? field : ToSnakeCase(result.Subject.ToString()),
                IngestProblem.RuleName(result.BrokenRule!)),
            _ => With(Problem(StatusCodes.Status422UnprocessableEntity, "invalid", "Invalid request", detail), field, "Invalid"),
        };
    }

    public static IResult Result(ProblemDetails problem) =>
        TypedResults.Problem(problem);

    public static Task Write(HttpContext context, ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problem);
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return context.Response.WriteAsJsonAsync(problem, options: null, contentType: ContentType);
    }

    public static ProblemDetails Problem(int status, string type, string title, string detail) => new()
    {
        Status = status,
        Type = TypeBase + type,
        Title = title,
        Detail = detail,
    };

    private static ProblemDetails With(ProblemDetails problem, string? field, string rule)
    {
        problem.Extensions["rule"] = rule;
        if (field is not null)
        {
            problem.Extensions["field"] = field;
            problem.Extensions["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [problem.Detail ?? string.Empty] };
        }

        return problem;
    }

    private static string ToSnakeCase(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
