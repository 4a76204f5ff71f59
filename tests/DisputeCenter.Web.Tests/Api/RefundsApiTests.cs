using System.Net;
using System.Text.Json;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Web.Tests.Api;

public sealed class RefundsApiTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    /// <summary>A dispute the seller settled by accepting the claim over the API: one refund instructed.</summary>
    private async Task<(FiledDispute Filed, Guid RefundId, HttpClient Api)> InstructedAsync()
    {
        var filed = await app.Database.FileAsync();
        var api = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);
        Assert.Equal(HttpStatusCode.OK, (await api.PostJsonAsync($"/api/v1/disputes/{filed.DisputeId}/accept-claim", new { })).StatusCode);
        var refundId = await app.Database.WithDbAsync(db => db.Refunds.Where(r => EF.Property<Guid>(r, "DisputeId") == filed.DisputeId).Select(r => r.Id).SingleAsync());
        return (filed, refundId, api);
    }

    [Fact]
    public async Task A_settled_refund_reads_instructed_until_the_payment_system_reports_it_paid()
    {
        var (filed, refundId, api) = await InstructedAsync();
        using var buyer = app.Browser();
        await buyer.SignInAsync(filed.Buyer.Email!, TestData.Password);

        var before = await (await api.GetAsync($"/api/v1/refunds/{refundId}")).JsonAsync();
        var instructedPage = await buyer.GetDocumentAsync($"/Disputes/{filed.DisputeId}");
        var completed = await api.PostJsonAsync($"/api/v1/refunds/{refundId}/completed", new { reference = "PSP-777" });
        var paidPage = await buyer.GetDocumentAsync($"/Disputes/{filed.DisputeId}");

        Assert.Equal("instructed", before.GetProperty("payout_status").GetString());
        Assert.Contains("waiting for the payment system", instructedPage.QuerySelector("#refunds")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("completed", (await completed.JsonAsync()).GetProperty("payout_status").GetString());
        Assert.Contains("Refunded on", paidPage.QuerySelector("#refunds")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("PSP-777", paidPage.QuerySelector("#refunds")!.TextContent, StringComparison.Ordinal);
        bool OfThisRefund(JsonElement e) => e.GetProperty("data").GetProperty("refund_id").GetGuid() == refundId;
        var events = await api.EventsUntilAsync("type=refund.completed&limit=100", events => events.Any(OfThisRefund));
        Assert.Contains(events, OfThisRefund);
        var instructed = (await api.EventsUntilAsync("type=refund.instructed&limit=100", events => events.Any(OfThisRefund))).Single(OfThisRefund);
        Assert.NotNull(filed.Order.PaymentReference);
        Assert.Equal(filed.Order.PaymentReference, instructed.GetProperty("data").GetProperty("payment_reference").GetString());
    }

    [Fact]
    public async Task A_repeated_report_changes_nothing_and_a_completed_payout_cannot_fail()
    {
        var (_, refundId, api) = await InstructedAsync();
        await api.PostJsonAsync($"/api/v1/refunds/{refundId}/completed", new { reference = "PSP-1" });

        var again = await api.PostJsonAsync($"/api/v1/refunds/{refundId}/completed", new { reference = "PSP-1" });
        var failed = await api.PostJsonAsync($"/api/v1/refunds/{refundId}/failed", new { reference = "PSP-2", reason = "card closed" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, failed.StatusCode);
        Assert.Equal("CompletedRefundPayoutIsFinal", (await failed.JsonAsync()).GetProperty("rule").GetString());
        var payout = await app.Database.WithDbAsync(db => db.RefundPayouts.SingleAsync(p => p.RefundId == refundId));
        Assert.Equal(RefundPayoutStatus.Completed, payout.Status);
        Assert.Equal("PSP-1", payout.Reference);
    }

    [Fact]
    public async Task A_failed_payout_shows_its_reason_and_a_later_payout_completes_it()
    {
        var (filed, refundId, api) = await InstructedAsync();
        using var seller = app.Browser();
        await seller.SignInAsync(filed.SellerUser.Email!, TestData.Password);
        using var moderator = app.Browser();
        await moderator.SignInAsync((await app.Data.ModeratorAsync()).Email!, TestData.Password);

        await api.PostJsonAsync($"/api/v1/refunds/{refundId}/failed", new { reference = "PSP-F", reason = "The card was closed." });
        var failedPage = await seller.GetDocumentAsync($"/Seller/Claims/{filed.DisputeId}");
        var failedCase = await moderator.GetDocumentAsync($"/Moderation/Cases/{filed.DisputeId}");
        var completed = await api.PostJsonAsync($"/api/v1/refunds/{refundId}/completed", new { reference = "PSP-OK" });
        var paidCase = await moderator.GetDocumentAsync($"/Moderation/Cases/{filed.DisputeId}");

        Assert.Contains("The card was closed.", failedPage.QuerySelector("#refunds")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The card was closed.", failedCase.QuerySelector("#refunds")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Contains("PSP-OK", paidCase.QuerySelector("#refunds")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_racing_reports_leave_one_payout_and_never_more_refunded_than_paid()
    {
        var (filed, refundId, api) = await InstructedAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            api.PostJsonAsync($"/api/v1/refunds/{refundId}/{(i % 2 == 0 ? "completed" : "failed")}", new { reference = $"PSP-{i}", reason = "retry" })));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity, r.StatusCode.ToString()));
        Assert.Equal(1, await app.Database.WithDbAsync(db => db.RefundPayouts.CountAsync(p => p.RefundId == refundId)));
        var (refunded, paid) = await app.Database.WithDbAsync(async db =>
        {
            var dispute = await db.Disputes.Include(d => d.Refunds).SingleAsync(d => d.Id == filed.DisputeId);
            return (dispute.TotalRefunded.Amount, dispute.AmountPaid.Amount);
        });
        Assert.True(refunded <= paid);
    }

    [Fact]
    public async Task An_unknown_refund_is_a_404_and_a_report_without_a_reference_is_refused()
    {
        var (_, refundId, api) = await InstructedAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await api.PostJsonAsync($"/api/v1/refunds/{Guid.NewGuid()}/completed", new { reference = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.PostJsonAsync($"/api/v1/refunds/{refundId}/completed", new { reference = "" })).StatusCode);
    }

    [Fact]
    public async Task A_refund_not_paid_out_within_five_days_shows_on_the_moderation_overview()
    {
        await InstructedAsync();
        var moderator = await app.Data.UserAsync(Roles.Moderator, "Overview Reader");
        using var browser = app.Browser();
        await browser.SignInAsync(moderator.Email!, TestData.Password);
        var before = int.Parse((await browser.GetDocumentAsync("/Moderation/Overview")).QuerySelector("#unpaid-refunds")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

        app.Clock.Advance(TimeSpan.FromDays(6));
        using var later = app.Browser();
        await later.SignInAsync(moderator.Email!, TestData.Password);
        var after = int.Parse((await later.GetDocumentAsync("/Moderation/Overview")).QuerySelector("#unpaid-refunds")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(after > before, $"{before} then {after}");
    }
}
