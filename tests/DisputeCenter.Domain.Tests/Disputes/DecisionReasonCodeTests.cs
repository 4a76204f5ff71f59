using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Tests.Support;

namespace DisputeCenter.Domain.Tests.Disputes;

public class DecisionReasonCodeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_code_is_active_and_says_who_added_it()
    {
        var code = DecisionReasonCode.Add(" wrong-size ", " Item differs in size ", "admin@demo.test", Now);

        Assert.Equal("wrong-size", code.Code);
        Assert.Equal("Item differs in size", code.Label);
        Assert.True(code.IsActive);
        Assert.Equal(("admin@demo.test", Now), (code.ChangedBy, code.ChangedAt));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Defect")]
    [InlineData("9lives")]
    [InlineData("with space")]
    public void A_badly_formed_code_is_refused(string text) =>
        Refused.By<ReasonCodeMustBeWellFormedRule>(() => DecisionReasonCode.Add(text, "A label", "admin", Now));

    [Fact]
    public void A_code_needs_a_label() =>
        Refused.By<ReasonCodeLabelMustBeGivenRule>(() => DecisionReasonCode.Add("defect-proven", " ", "admin", Now));

    [Fact]
    public void Deactivating_and_reactivating_records_who_and_when()
    {
        var code = DecisionReasonCode.Add("defect-proven", "Defect proven", "admin-1", Now);

        code.Deactivate("admin-2", Now.AddDays(1));
        Assert.False(code.IsActive);
        Assert.Equal(("admin-2", Now.AddDays(1)), (code.ChangedBy, code.ChangedAt));

        code.Reactivate("admin-3", Now.AddDays(2));
        Assert.True(code.IsActive);
        Assert.Equal("admin-3", code.ChangedBy);
    }

    [Fact]
    public void The_system_code_cannot_be_deactivated()
    {
        var code = DecisionReasonCode.Add(Dispute.MissedRequestReasonCode, "Missed request", "system", Now);

        Refused.By<SystemReasonCodeMustStayActiveRule>(() => code.Deactivate("admin", Now));
        Assert.True(code.IsActive);
    }
}
