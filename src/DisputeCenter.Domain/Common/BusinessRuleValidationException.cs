namespace DisputeCenter.Domain.Common;

/// <summary>Thrown when a domain method is asked to do something one of its rules forbids.</summary>
public sealed class BusinessRuleValidationException : Exception
{
    public BusinessRuleValidationException(IBusinessRule brokenRule)
        : base(brokenRule.Message)
    {
        BrokenRule = brokenRule;
    }

    public IBusinessRule BrokenRule { get; }

    public string RuleName => BrokenRule.GetType().Name;
}
