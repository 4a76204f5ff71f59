using System.Text.Json.Nodes;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Disputes.Returns;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Integration.Disputes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;

namespace DisputeCenter.Web.Api;

/// <summary>
/// Disputes for the marketplace and for sellers' own systems: the list (changed since, by cursor), one dispute with what is
/// pending and by when, and the seller's moves, each through the same service and domain rules as the seller's pages.
/// </summary>
public static class DisputesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var read = api.MapGroup("/disputes").RequireAuthorization(ApiEndpoints.ScopePolicy(ApiScopes.DisputesRead)).WithTags("Disputes");
        read.MapGet("/", ListAsync).WithName("ListDisputes")
            .WithSummary("Disputes in the order they last changed; pass next_cursor back as cursor for the next page.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // The status is a string parameter (so that it takes the snake_case names the API writes): name its values.
                if (operation.Parameters?.FirstOrDefault(p => p.Name == "status") is OpenApiParameter { Schema: OpenApiSchema schema })
                {
                    schema.Enum = Enum.GetValues<DisputeStatus>().Select(v => (JsonNode)ApiEnums.Name(v)).ToList();
                }

                return Task.CompletedTask;
            });
        read.MapGet("/{id:guid}", GetAsync).WithName("GetDispute")
            .WithSummary("One dispute: its state, pending actions and deadlines, offers, refunds, timeline and evidence metadata.");

        var act = api.MapGroup("/disputes/{id:guid}").RequireAuthorization(ApiEndpoints.ScopePolicy(ApiScopes.DisputesAct)).WithTags("Disputes");
        act.MapPost("/answer", AnswerAsync).WithName("AnswerClaim").WithSummary("The seller answers the claim with a statement.");
        act.MapPost("/accept-claim", AcceptClaimAsync).WithName("AcceptClaim").WithSummary("The seller accepts the claim as filed.");
        act.MapPost("/reject", RejectAsync).WithName("RejectClaim").WithSummary("The seller rejects the claim, with a statement.");
        act.MapPost("/offers", CounterAsync).WithName("MakeOffer").WithSummary("The seller makes a counter-offer.");
        act.MapPost("/escalate", EscalateAsync).WithName("Escalate").WithSummary("The seller asks a moderator to mediate.");
        act.MapPost("/return/address", ReturnAddressAsync).WithName("GiveReturnAddress")
            .WithSummary("The seller gives the address a return goes to (without one in time, the platform's returns address is used).");
        act.MapPost("/return/received", ReturnReceivedAsync).WithName("ConfirmReturnReceived")
            .WithSummary("The seller confirms the returned goods arrived: the buyer's refund is instructed.");
        act.MapPost("/return/problem", ReturnProblemAsync).WithName("ReportReturnProblem")
            .WithSummary("The seller reports the returned goods damaged or missing, with a statement: a moderator decides.");

        api.MapPost("/disputes/{id:guid}/return/delivered", ReturnDeliveredAsync)
            .RequireAuthorization(ApiEndpoints.ScopePolicy(ApiScopes.OrdersWrite))
            .WithTags("Disputes")
            .WithName("RecordReturnDelivered")
            .WithSummary("The marketplace reports the carrier's delivery of a return; the seller then has the policy's time to confirm it, or the buyer is refunded automatically.");
    }

    private static async Task<Results<Ok<DisputeListDto>, ProblemHttpResult>> ListAsync(
        HttpContext context, ApiDisputeService disputes, CancellationToken cancellationToken,
        string? status = null, string? seller = null, DateTimeOffset? updatedSince = null, string? cursor = null, int limit = 50)
    {
        DisputeStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!ApiEnums.TryParse<DisputeStatus>(status, out var parsed))
            {
                return TypedResults.Problem(ApiProblems.Invalid("status", $"There is no dispute status called {status}."));
            }

            wanted = parsed;
        }

        var page = await disputes.ListAsync(ApiKeyAuthentication.CallerOf(context.User), wanted, seller, updatedSince, cursor, limit, cancellationToken);
        return page is null
            ? TypedResults.Problem(ApiProblems.Invalid("cursor", "This cursor is not one this API gave out."))
            : TypedResults.Ok(new DisputeListDto(page.Items.Select(DisputeSummaryDto.From).ToList(), page.NextCursor, page.NextCursor is not null));
    }

    private static async Task<Results<Ok<DisputeDto>, ProblemHttpResult>> GetAsync(Guid id, HttpContext context, ApiDisputeService disputes, CancellationToken cancellationToken) =>
        await disputes.GetAsync(ApiKeyAuthentication.CallerOf(context.User), id, cancellationToken) is { } found
            ? TypedResults.Ok(DisputeDto.From(found))
            : TypedResults.Problem(ApiProblems.NotFound());

    private static Task<Results<Ok<AcceptedDto>, ProblemHttpResult>> AnswerAsync(
        Guid id, StatementDto body, HttpContext context, ApiDisputeService disputes, NegotiationService negotiation, CancellationToken cancellationToken) =>
        ActAsync(id, context, disputes, seller => negotiation.SellerRespondAsync(id, seller, body.Statement ?? string.Empty, cancellationToken), cancellationToken);

    private static Task<Results<Ok<AcceptedDto>, ProblemHttpResult>> AcceptClaimAsync(
        Guid id, HttpContext context, ApiDisputeService disputes, NegotiationService negotiation, CancellationToken cancellationToken) =>
        ActAsync(id, context, disputes, seller => negotiation.SellerAcceptClaimAsync(id, seller, cancellationToken), cancellationToken);

    private static Task<Results<Ok<AcceptedDto>, ProblemHttpResult>> RejectAsync(
        Guid id, StatementDto body, HttpContext context, ApiDisputeService disputes, NegotiationService negotiation, CancellationToken cancellationToken) =>
        ActAsync(id, context, disputes, seller => negotiation.SellerRejectAsync(id, seller, body.Statement ?? string.Empty, cancellationToken), cancellationToken);

    private static Task<Results<Ok<AcceptedDto>, ProblemHttpResult>> EscalateAsync(
        Guid id, HttpContext context, ApiDisputeService disputes, NegotiationService negotiation, CancellationToken cancellationToken) =>
        ActAsync(id, context, disputes, seller => negotiation.RequestMediationAsync(id, DisputeActor.Seller(seller), cancellationToken), cancellationToken);

    private static Task<Results<Ok<AcceptedDto>, ProblemHttpResult>> ReturnAddressAsync(
        Guid id, ReturnAddressDto body, HttpContext context, ApiDisputeService disputes, ReturnService returns, CancellationToken cancellationToken) =>
        ActAsync(id, context, disputes, seller => returns.GiveAddressAsync(id, seller, body.Address ?? string.Empty, cancellationToken), cancellationToken);

    private static Task<Results<Ok<AcceptedDto>, ProblemHttpResult>> ReturnReceivedAsync(
        Guid id, HttpContext context, ApiDisputeService disputes, ReturnService returns, CancellationToken cancellationToken) =>
        ActAsync(id, context, disputes, seller => returns.ConfirmReceivedAsync(id, seller, cancellationToken), cancellationToken);

    private static async Task<Results<Ok<AcceptedDto>, ProblemHttpResult>> ReturnProblemAsync(
        Guid id, ReturnProblemDto body, HttpContext context, ApiDisputeService disputes, ReturnService returns, CancellationToken cancellationToken) =>
        body.Problem is not { } problem
            ? TypedResults.Problem(ApiProblems.Invalid("problem", "Say whether the goods arrived damaged or are missing."))
            : await ActAsync(id, context, disputes, seller => returns.ReportProblemAsync(id, seller, problem, body.Statement ?? string.Empty, cancellationToken), cancellationToken);

    /// <summary>Only the marketplace reports a carrier's delivery: a seller's key may not say its own return arrived.</summary>
    private static async Task<Results<Ok<AcceptedDto>, ProblemHttpResult>> ReturnDeliveredAsync(
        Guid id, ReturnDeliveredDto body, HttpContext context, ApiDisputeService disputes, ReturnService returns, CancellationToken cancellationToken)
    {
        var caller = ApiKeyAuthentication.CallerOf(context.User);
        if (caller.IsSeller)
        {
            return TypedResults.Problem(ApiProblems.Forbidden());
        }

        if (body.DeliveredAt is not { } deliveredAt)
        {
            return TypedResults.Problem(ApiProblems.Invalid("delivered_at", "Give the time the carrier delivered the return."));
        }

        var result = await returns.RecordCarrierDeliveryAsync(id, DisputeActor.Marketplace(caller.ClientId.ToString()), deliveredAt, cancellationToken);
        if (!result.Succeeded)
        {
            return TypedResults.Problem(ApiProblems.From(result));
        }

        var after = await disputes.GetAsync(caller, id, cancellationToken);
        return TypedResults.Ok(new AcceptedDto(id, after!.Overview.Dispute.Status));
    }

    private static async Task<Results<Created<OfferMadeDto>, ProblemHttpResult>> CounterAsync(
        Guid id, CounterOfferDto body, HttpContext context, ApiDisputeService disputes, NegotiationService negotiation, CancellationToken cancellationToken)
    {
        if (await disputes.ActorAsync(ApiKeyAuthentication.CallerOf(context.User), id, cancellationToken) is not { } actor)
        {
            return TypedResults.Problem(ApiProblems.NotFound());
        }

        var result = await negotiation.CounterAsync(id, actor, body.Remedy, body.Amount, body.Note, cancellationToken);
        return result.Succeeded
            ? TypedResults.Created($"{ApiEndpoints.Prefix}/disputes/{id}", new OfferMadeDto(id, result.Value))
            : TypedResults.Problem(ApiProblems.From(result));
    }

    private static async Task<Results<Ok<AcceptedDto>, ProblemHttpResult>> ActAsync(
        Guid id, HttpContext context, ApiDisputeService disputes, Func<string, Task<Result>> act, CancellationToken cancellationToken)
    {
        var caller = ApiKeyAuthentication.CallerOf(context.User);
        if (await disputes.ActorAsync(caller, id, cancellationToken) is not { } actor)
        {
            return TypedResults.Problem(ApiProblems.NotFound());
        }

        var result = await act(actor.UserId);
        if (!result.Succeeded)
        {
            return TypedResults.Problem(ApiProblems.From(result));
        }

        var after = await disputes.GetAsync(caller, id, cancellationToken);
        return TypedResults.Ok(new AcceptedDto(id, after!.Overview.Dispute.Status));
    }
}
