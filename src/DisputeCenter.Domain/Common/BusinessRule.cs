namespace DisputeCenter.Domain.Common;

/// <summary>A rule whose message is a <see cref="DomainText"/>; <see cref="Message"/> is its English text.</summary>
public abstract class BusinessRule : IBusinessRule
{
    public abstract DomainText Text { get; }

    public string Message => Text.ToString();

    public abstract bool IsBroken();

    public virtual RuleSubject Subject => RuleSubject.Action;

    /// <summary>The message: <c>Say($"You can claim at most {refundable}.")</c>.</summary>
    protected static DomainText Say(FormattableString text) => DomainText.Of(text);

    /// <summary>An enum value as a lower-case word ("buyer", "withdrawn"), translated on the page like any text.</summary>
    protected static DomainText Word(Enum value) => DomainText.Plain(value.ToString().ToLowerInvariant());
}
