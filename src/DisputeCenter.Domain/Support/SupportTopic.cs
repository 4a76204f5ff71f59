namespace DisputeCenter.Domain.Support;

/// <summary>What a support ticket is about (stored as a string; never rename a member).</summary>
public enum SupportTopic
{
    Dispute,
    Order,
    PaymentsAndRefunds,
    AccountAndSignIn,
    ReportAUser,
    SomethingElse,
}
