using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Support;

public static class SupportTopics
{
    public static IReadOnlyList<SupportTopic> All { get; } = Enum.GetValues<SupportTopic>();

    public static string Title(this SupportTopic topic) => topic switch
    {
        SupportTopic.Dispute => "A dispute",
        SupportTopic.Order => "An order",
        SupportTopic.PaymentsAndRefunds => "Payments and refunds",
        SupportTopic.AccountAndSignIn => "My account and signing in",
        SupportTopic.ReportAUser => "Report a user",
        SupportTopic.SomethingElse => "Something else",
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, null),
    };

    /// <summary>The title as a text a page translates.</summary>
    public static DomainText Named(this SupportTopic topic) => DomainText.Plain(topic.Title());

    /// <summary>A question about a dispute names the dispute; one about an order names the order.</summary>
    public static bool NeedsDispute(this SupportTopic topic) => topic == SupportTopic.Dispute;

    public static bool NeedsOrder(this SupportTopic topic) => topic == SupportTopic.Order;
}
