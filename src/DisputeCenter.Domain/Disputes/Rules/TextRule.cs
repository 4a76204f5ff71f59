using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>Base for the rules about free text: enough non-blank characters, and not too many in all.</summary>
public abstract class TextRule(string what, string? text, int minNonBlank, int maxLength) : IBusinessRule
{
    private int NonBlank => text?.Count(c => !char.IsWhiteSpace(c)) ?? 0;

    private int Length => text?.Trim().Length ?? 0;

    public bool IsBroken() => NonBlank < minNonBlank || Length > maxLength;

    public string Message => NonBlank < minNonBlank
        ? minNonBlank <= 1
            ? $"{what} is required."
            : $"{what} needs at least {minNonBlank} characters, not counting spaces (it has {NonBlank})."
        : $"{what} can be at most {maxLength} characters (it has {Length}).";
}
