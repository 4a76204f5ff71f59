using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Disputes.Refunds;
using DisputeCenter.Services.Integration.Clients;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisputeCenter.Web.Api;

/// <summary>
/// Refunds the platform instructed (each announced by a <c>refund.instructed</c> event), and the marketplace's payment
/// system reporting them paid or failed.
/// </summary>
public static class RefundsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var refunds = api.MapGroup("/refunds/{id:guid}").RequireAuthorization(ApiEndpoints.ScopePolicy(ApiScopes.RefundsWrite)).WithTags("Refunds");
        refunds.MapGet("/", GetAsync).WithName("GetRefund").WithSummary("One instructed refund and what the payment system reported for it.");
        refunds.MapPost("/completed", CompletedAsync).WithName("RefundCompleted")
            .WithSummary("The payment system paid the refund; its reference is kept. A completed refund is final.");
        refunds.MapPost("/failed", FailedAsync).WithName("RefundFailed")
            .WithSummary("The payment system could not pay the refund; a later /completed may still follow.");
    }

    private static async Task<Results<Ok<RefundStateDto>, ProblemHttpResult>> GetAsync(Guid id, RefundPayoutService payouts, CancellationToken cancellationToken) =>
        await payouts.GetAsync(id, cancellationToken) is { } state ? TypedResults.Ok(RefundStateDto.From(state)) : TypedResults.Problem(ApiProblems.NotFound());

    private static Task<Results<Ok<RefundStateDto>, ProblemHttpResult>> CompletedAsync(
        Guid id, PayoutReportDto body, RefundPayoutService payouts, CancellationToken cancellationToken) =>
        ReportAsync(payouts.ReportAsync(id, RefundPayoutStatus.Completed, body.Reference, null, cancellationToken));

    private static Task<Results<Ok<RefundStateDto>, ProblemHttpResult>> FailedAsync(
        Guid id, PayoutReportDto body, RefundPayoutService payouts, CancellationToken cancellationToken) =>
        ReportAsync(payouts.ReportAsync(id, RefundPayoutStatus.Failed, body.Reference, body.Reason, cancellationToken));

    private static async Task<Results<Ok<RefundStateDto>, ProblemHttpResult>> ReportAsync(Task<Services.Common.Result<RefundState>> report)
    {
        var result = await report;
        return result.Succeeded ? TypedResults.Ok(RefundStateDto.From(result.Value!)) : TypedResults.Problem(ApiProblems.From(result));
    }
}

/// <summary>The payment system's report: its reference for the payout, and for a failure why.</summary>
public sealed record PayoutReportDto(string? Reference, string? Reason);

/// <summary>An instructed refund: <c>instructed</c> until the payment system reports it <c>completed</c> or <c>failed</c>.</summary>
public sealed record RefundStateDto(
    Guid Id, Guid DisputeId, MoneyDto Amount, RefundCause Cause, DateTimeOffset InstructedAt, string PayoutStatus, string? PayoutReference, string? FailureReason, DateTimeOffset? ReportedAt)
{
    public static RefundStateDto From(RefundState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var (refund, payout) = (state.Refund, state.Payout);
        return new RefundStateDto(
            refund.Id, state.DisputeId, MoneyDto.From(refund.Amount), refund.Cause, refund.RecordedAt,
            payout is null ? "instructed" : payout.Status == RefundPayoutStatus.Completed ? "completed" : "failed",
            payout?.Reference, payout?.FailureReason, payout?.ReportedAt);
    }
}
