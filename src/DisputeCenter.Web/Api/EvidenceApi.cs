using System.Text.Json;
using System.Text.Json.Nodes;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Evidence.RemoveEvidence;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Services.Evidence.SubmitEvidence;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Integration.Disputes;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace DisputeCenter.Web.Api;

/// <summary>
/// A seller's evidence sent by their systems, as PayPal's <c>provide-evidence</c>: a <c>multipart/form-data</c> body read
/// as it arrives, through the same vault as the evidence page (each file sniffed, held to its format's limit, the
/// dispute's total and the uploader's quota), then submitted to the dispute's timeline. A refused file stops the upload
/// and keeps nothing of it.
/// </summary>
public static class EvidenceApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/disputes/{id:guid}/evidence", UploadAsync)
            .RequireAuthorization(ApiEndpoints.ScopePolicy(ApiScopes.DisputesAct))
            .RequireRateLimiting(RateLimits.Uploads)
            .WithMetadata(new RequestSizeLimitAttribute(EvidenceLimits.DisputeTotalBytes + (16 * EvidenceLimits.Megabyte)))
            .AddOpenApiOperationTransformer(DescribeForm)
            .Produces<EvidenceUploadedDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithTags("Disputes")
            .WithName("UploadEvidence")
            .WithSummary("The seller submits evidence files: multipart/form-data, the fields kind and caption before the files they describe.");

    /// <summary>
    /// The multipart body in the document. Not <c>Accepts</c>: that would make routing match on the content type, and a
    /// JSON body would then fall through to the API's 404 instead of getting its 415.
    /// </summary>
    private static Task DescribeForm(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var kinds = Enum.GetNames<EvidenceKind>().Select(n => (JsonNode)JsonNamingPolicy.SnakeCaseLower.ConvertName(n)).ToList();
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string>(StringComparer.Ordinal) { "files" },
                        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                        {
                            [StreamedEvidenceForm.KindField] = new OpenApiSchema
                            {
                                Type = JsonSchemaType.String,
                                Enum = kinds,
                                Description = "What the files after it show (default photo).",
                            },
                            [StreamedEvidenceForm.CaptionField] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A caption for the files after it." },
                            ["files"] = new OpenApiSchema
                            {
                                Type = JsonSchemaType.Array,
                                Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                                Description = "Images, videos, PDF, text or email files, each within its format's limit.",
                            },
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    private static async Task<IResult> UploadAsync(
        Guid id, HttpContext context, ApiDisputeService disputes, StageEvidenceService stage, SubmitEvidenceService submit,
        RemoveStagedEvidenceService remove, CancellationToken cancellationToken)
    {
        if (StreamedEvidenceForm.BoundaryOf(context.Request) is not { } boundary)
        {
            return ApiProblems.Result(ApiProblems.Problem(
                StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported media type", "Send the files as multipart/form-data."));
        }

        var caller = ApiKeyAuthentication.CallerOf(context.User);
        if (await disputes.ActorAsync(caller, id, cancellationToken) is not { } actor)
        {
            return ApiProblems.Result(ApiProblems.NotFound());
        }

        IReadOnlyList<Guid> staged;
        await using (var batch = await stage.BeginBatchAsync(id, new EvidenceUploader(actor.Kind, actor.UserId), cancellationToken))
        {
            var read = await StreamedEvidenceForm.ReadAsync(new MultipartReader(boundary, context.Request.Body), batch, cancellationToken);
            if (!read.Succeeded)
            {
                return ApiProblems.Result(ApiProblems.From(read, field: read.Messages.Contains(StreamedEvidenceForm.UnknownKind) ? StreamedEvidenceForm.KindField : "files"));
            }

            if (batch.Count == 0)
            {
                return ApiProblems.Result(ApiProblems.Invalid("files", "Send at least one file."));
            }

            var committed = await batch.CommitAsync(cancellationToken);
            if (!committed.Succeeded)
            {
                return ApiProblems.Result(ApiProblems.From(committed, field: "files"));
            }

            staged = committed.Value!.Select(s => s.Id).ToList();
        }

        var submitted = await submit.SubmitAsync(id, actor, staged, cancellationToken);
        if (!submitted.Succeeded)
        {
            // The dispute no longer takes evidence (decided meanwhile, say): the files do not stay behind as drafts.
            foreach (var evidenceId in staged)
            {
                await remove.RemoveAsync(evidenceId, actor.UserId, CancellationToken.None);
            }

            return ApiProblems.Result(ApiProblems.From(submitted));
        }

        var after = await disputes.GetAsync(caller, id, cancellationToken);
        var items = after!.Evidence.Where(e => staged.Contains(e.Id)).Select(EvidenceDto.From).ToList();
        return TypedResults.Created($"{ApiEndpoints.Prefix}/disputes/{id}", new EvidenceUploadedDto(id, items));
    }
}

public sealed record EvidenceUploadedDto(Guid DisputeId, IReadOnlyList<EvidenceDto> Evidence);
