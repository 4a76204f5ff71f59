using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Integration.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisputeCenter.Web.Api;

/// <summary>The marketplace pushes its buyers, sellers and orders, upserted by its own ids.</summary>
public static class IngestionApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var ingest = api.MapGroup(string.Empty).RequireAuthorization(ApiEndpoints.ScopePolicy(ApiScopes.OrdersWrite)).WithTags("Ingestion");
        ingest.MapPost("/buyers", UpsertBuyerAsync).WithName("UpsertBuyer")
            .WithSummary("Create or update a buyer by its external_id; the account is linked by email and confirmed.");
        ingest.MapPost("/sellers", UpsertSellerAsync).WithName("UpsertSeller")
            .WithSummary("Create or update a seller and its supplier profile by its external_id.");
        ingest.MapPost("/orders", UpsertOrderAsync).WithName("UpsertOrder")
            .WithSummary("Create an order, or record its new payment, shipment or delivery, by its external_id.");
        ingest.MapPost("/orders/batch", UpsertOrdersAsync).WithName("UpsertOrders")
            .WithSummary($"Upsert up to {OrderIngestService.MaxBatch} orders at once; each has its own result.");
    }

    private static async Task<Results<Created<UpsertResultDto>, Ok<UpsertResultDto>, ProblemHttpResult>> UpsertBuyerAsync(
        BuyerInput buyer, PartyIngestService parties, CancellationToken cancellationToken) =>
        Answer(await parties.UpsertBuyerAsync(buyer, cancellationToken), "buyers");

    private static async Task<Results<Created<UpsertResultDto>, Ok<UpsertResultDto>, ProblemHttpResult>> UpsertSellerAsync(
        SellerInput seller, PartyIngestService parties, CancellationToken cancellationToken) =>
        Answer(await parties.UpsertSellerAsync(seller, cancellationToken), "sellers");

    private static async Task<Results<Created<UpsertResultDto>, Ok<UpsertResultDto>, ProblemHttpResult>> UpsertOrderAsync(
        OrderInput order, OrderIngestService orders, CancellationToken cancellationToken) =>
        Answer(await orders.UpsertAsync(order, cancellationToken), "orders");

    private static async Task<Results<Ok<OrderBatchResultDto>, ProblemHttpResult>> UpsertOrdersAsync(
        OrderBatchDto batch, OrderIngestService orders, CancellationToken cancellationToken)
    {
        if (batch.Orders is not { Count: > 0 and <= OrderIngestService.MaxBatch } list)
        {
            return TypedResults.Problem(ApiProblems.Invalid("orders", $"Send 1 to {OrderIngestService.MaxBatch} orders."));
        }

        var results = await orders.UpsertManyAsync(list, cancellationToken);
        return TypedResults.Ok(new OrderBatchResultDto(results.Select(UpsertResultDto.From).ToList()));
    }

    private static Results<Created<UpsertResultDto>, Ok<UpsertResultDto>, ProblemHttpResult> Answer(Ingested ingested, string collection) =>
        ingested switch
        {
            { Problem: { } problem } => TypedResults.Problem(ApiProblems.Ingest(problem)),
            { Outcome: IngestOutcome.Created } => TypedResults.Created($"{ApiEndpoints.Prefix}/{collection}/{Uri.EscapeDataString(ingested.ExternalId)}", UpsertResultDto.From(ingested)),
            _ => TypedResults.Ok(UpsertResultDto.From(ingested)),
        };
}
