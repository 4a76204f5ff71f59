using System.Globalization;

namespace DisputeCenter.Domain.Common;

/// <summary>
/// A text the domain writes for a person: an English template with numbered placeholders ("You can claim at most {0}.")
/// and its arguments, kept apart so that a page can show the template in the reader's language with the arguments
/// formatted for the reader (money, instants in their time zone, names of statuses). Arguments that are themselves
/// <see cref="DomainText"/> are translated too; strings are shown as written. <see cref="ToString"/> is the English text.
/// </summary>
public sealed class DomainText
{
    private DomainText(string template, IReadOnlyList<object?> arguments)
    {
        Template = template;
        Arguments = arguments;
    }

    public string Template { get; }

    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>From an interpolated string: <c>DomainText.Of($"You can claim at most {refundable}.")</c>.</summary>
    public static DomainText Of(FormattableString text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(text.Format, text.GetArguments());
    }

    /// <summary>A fixed text, or one written elsewhere: its whole text is the template (and the translation key).</summary>
    public static DomainText Plain(string text) => new(text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), []);

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, Template, Arguments.Select(English).ToArray());

    private static object? English(object? argument) => argument switch
    {
        DomainText text => text.ToString(),
        DateTimeOffset instant => UtcText.Format(instant),
        _ => argument,
    };
}
