using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Tests.Support;

internal static class Refused
{
    /// <summary>Asserts that <paramref name="act"/> is refused by a rule of type <typeparamref name="TRule"/>, and returns the rule.</summary>
    public static TRule By<TRule>(Action act)
        where TRule : IBusinessRule
    {
        var ex = Assert.Throws<BusinessRuleValidationException>(act);
        return Assert.IsType<TRule>(ex.BrokenRule);
    }

    public static string MessageOf<TRule>(Action act)
        where TRule : IBusinessRule =>
        By<TRule>(act).Message;
}
