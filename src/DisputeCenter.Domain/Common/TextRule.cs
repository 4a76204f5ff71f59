namespace DisputeCenter.Domain.Common;

/// <summary>Base for the rules about free text: enough non-blank characters, and not too many in all.</summary>
public abstract class TextRule(string what, string? text, int minNonBlank, int maxLength) : BusinessRule
{
    private int NonBlank => text?.Count(c => !char.IsWhiteSpace(c)) ?? 0;

    private int Length => text?.Trim().Length ?? 0;

    public override bool IsBroken() => NonBlank < minNonBlank || Length > maxLength;

    public override DomainText Text => NonBlank < minNonBlank
        ? minNonBlank <= 1
            ? Say($"{DomainText.Plain(what)} is required.")
            : Say($"{DomainText.Plain(what)} needs at least {minNonBlank} characters, not counting spaces (it has {NonBlank}).")
        : Say($"{DomainText.Plain(what)} can be at most {maxLength} characters (it has {Length}).");
}
