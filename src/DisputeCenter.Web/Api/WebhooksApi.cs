using System.Text.Json;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Integration.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisputeCenter.Web.Api;

/// <summary>
/// Webhook endpoints (register, list, delete, their deliveries) and the event log they are fed from, listable by cursor so a
/// client that was down can catch up. Deliveries are signed in the Standard Webhooks format (see <see cref="WebhookSignature"/>).
/// </summary>
public static class WebhooksApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var manage = api.MapGroup("/webhook-endpoints").RequireAuthorization(ApiEndpoints.ScopePolicy(ApiScopes.WebhooksManage)).WithTags("Webhooks");
        manage.MapPost("/", RegisterAsync).WithName("RegisterWebhookEndpoint")
            .WithSummary("Registers a URL for the event types given; the answer shows the signing secret (whsec_…) this once.");
        manage.MapGet("/", ListAsync).WithName("ListWebhookEndpoints").WithSummary("This client's webhook endpoints.");
        manage.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteWebhookEndpoint").WithSummary("Stops sending events to the endpoint.");
        manage.MapGet("/{id:guid}/deliveries", DeliveriesAsync).WithName("ListWebhookDeliveries")
            .WithSummary("The endpoint's latest deliveries, newest first: attempts, the last response's status and when the next attempt is due.");

        api.MapGet("/events", EventsAsync).RequireAuthorization(ApiEndpoints.ScopePolicy(ApiScopes.DisputesRead)).WithTags("Events").WithName("ListEvents")
            .WithSummary("Events in the order they happened; pass the last event's id as after for the ones since.");
    }

    private static async Task<Results<Created<RegisteredEndpointDto>, ProblemHttpResult>> RegisterAsync(
        RegisterEndpointDto body, HttpContext context, WebhookService webhooks, CancellationToken cancellationToken)
    {
        var (registered, refusal) = await webhooks.RegisterAsync(ApiKeyAuthentication.CallerOf(context.User).ClientId, body.Url, body.EventTypes, cancellationToken);
        return registered is null
            ? TypedResults.Problem(ApiProblems.Invalid(refusal!.Field, refusal.Message))
            : TypedResults.Created($"{ApiEndpoints.Prefix}/webhook-endpoints/{registered.Endpoint.Id}", new RegisteredEndpointDto(registered.Endpoint, registered.Secret));
    }

    private static async Task<Ok<EndpointListDto>> ListAsync(HttpContext context, WebhookService webhooks, CancellationToken cancellationToken) =>
        TypedResults.Ok(new EndpointListDto(await webhooks.ListAsync(ApiKeyAuthentication.CallerOf(context.User).ClientId, cancellationToken)));

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, HttpContext context, WebhookService webhooks, CancellationToken cancellationToken) =>
        await webhooks.DeleteAsync(ApiKeyAuthentication.CallerOf(context.User).ClientId, id, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(ApiProblems.NotFound());

    private static async Task<Results<Ok<DeliveryListDto>, ProblemHttpResult>> DeliveriesAsync(
        Guid id, HttpContext context, WebhookService webhooks, CancellationToken cancellationToken) =>
        await webhooks.DeliveriesAsync(ApiKeyAuthentication.CallerOf(context.User).ClientId, id, cancellationToken) is { } deliveries
            ? TypedResults.Ok(new DeliveryListDto(deliveries))
            : TypedResults.Problem(ApiProblems.NotFound());

    private static async Task<Results<Ok<EventListDto>, ProblemHttpResult>> EventsAsync(
        HttpContext context, ApiEventQuery events, CancellationToken cancellationToken, string? type = null, string? after = null, int limit = 50)
    {
        var page = await events.ListAsync(ApiKeyAuthentication.CallerOf(context.User), type, after, limit, cancellationToken);
        return page is null
            ? TypedResults.Problem(ApiProblems.Invalid("after", "This is not the id of an event this client can see."))
            : TypedResults.Ok(new EventListDto(page.Items.Select(EventDto.From).ToList(), page.NextCursor, page.NextCursor is not null));
    }
}

public sealed record RegisterEndpointDto(string? Url, IReadOnlyList<string>? EventTypes);

public sealed record RegisteredEndpointDto(EndpointView Endpoint, string Secret);

public sealed record EndpointListDto(IReadOnlyList<EndpointView> Data);

public sealed record DeliveryListDto(IReadOnlyList<DeliveryView> Data);

/// <summary>An event as a webhook carries it: <c>id</c>, <c>type</c>, <c>api_version</c>, <c>created</c> and <c>data</c>.</summary>
public sealed record EventDto(string Id, string Type, string ApiVersion, DateTimeOffset Created, JsonElement Data)
{
    public static EventDto From(ApiEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.PublicId, e.Type, WebhookPayload.ApiVersion, e.CreatedAt, JsonSerializer.Deserialize<JsonElement>(e.Data));
    }
}

public sealed record EventListDto(IReadOnlyList<EventDto> Data, string? NextCursor, bool HasMore);
