using DisputeCenter.Domain.Support;

namespace DisputeCenter.Services.Seeding;

/// <summary>A few support tickets, so that the demo's support queue has questions in it: two waiting, one answered.</summary>
internal static class DemoSupportTickets
{
    public static IReadOnlyList<SupportTicket> Build(string buyerId, Guid buyersOrderId, string sellerUserId, string moderatorId, DateTimeOffset now)
    {
        var refund = SupportTicket.Open(
            Guid.CreateVersion7(now), buyerId, SupportTopic.PaymentsAndRefunds, buyersOrderId, null, "Refund not on my card yet",
            "The seller says the refund for this order left six days ago, but my card statement shows nothing. Can you check where it is?",
            now - TimeSpan.FromHours(26));
        var email = SupportTicket.Open(
            Guid.CreateVersion7(now), buyerId, SupportTopic.AccountAndSignIn, null, null, "Change the email on my account",
            "I am leaving my job and will lose this email address. How do I move my account to my personal address?",
            now - TimeSpan.FromHours(3));
        var report = SupportTicket.Open(
            Guid.CreateVersion7(now), sellerUserId, SupportTopic.ReportAUser, null, null, "A buyer asks me to settle outside the platform",
            "A buyer wrote to me asking to be refunded by bank transfer instead of through the dispute. Is that allowed?",
            now - TimeSpan.FromDays(2));
        report.ReplyByStaff(
            moderatorId,
            "Thank you for telling us. Please do not pay outside the platform: refunds through the dispute are recorded and protect you both. We have reminded the buyer of the rules.",
            now - TimeSpan.FromDays(1));
        return [refund, email, report];
    }
}
