using System.Globalization;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Web.Localization;

/// <summary>
/// Texts in the current UI culture, each entry point reading one resource file: <see cref="T(string)"/> reads
/// <see cref="SharedResource"/> (headings, labels, messages, whole sentences: the same file as
/// <c>IStringLocalizer&lt;SharedResource&gt;</c>), <see cref="Phrase(string)"/> reads <see cref="PhraseResource"/> (words that
/// run inside a sentence: "seller", "full refund"). English is the key and the fallback. A <see cref="DomainText"/> is a
/// sentence; the texts among its arguments run inside it, so they are phrases.
/// </summary>
public static class Text
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    private static readonly IStringLocalizer Shared = Factory.Create(typeof(SharedResource));

    private static readonly IStringLocalizer Phrases = Factory.Create(typeof(PhraseResource));

    /// <summary>A heading, label or sentence, from <see cref="SharedResource"/>.</summary>
    public static string T(string english) => Shared[english];

    public static string T(string english, params object?[] arguments) => string.Format(CultureInfo.CurrentCulture, T(english), arguments);

    /// <summary>Words inside a sentence, from <see cref="PhraseResource"/>.</summary>
    public static string Phrase(string english) => Phrases[english];

    /// <summary>
    /// A sentence the domain or a service wrote: its template from <see cref="SharedResource"/>, with its arguments formatted
    /// for the reader (money, instants in their time zone, statuses and remedies by name, texts as phrases). Strings are
    /// shown as written.
    /// </summary>
    public static string T(DomainText text) => Render(text, Shared);

    /// <summary>A text inside a sentence (an argument of a <see cref="DomainText"/>): its template from <see cref="PhraseResource"/>.</summary>
    public static string Phrase(DomainText text) => Render(text, Phrases);

    private static string Render(DomainText text, IStringLocalizer resource)
    {
        ArgumentNullException.ThrowIfNull(text);
        string template = resource[text.Template];
        return text.Arguments.Count == 0
            ? template.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal)
            : string.Format(CultureInfo.CurrentCulture, template, text.Arguments.Select(Argument).ToArray());
    }

    private static object? Argument(object? argument) => argument switch
    {
        DomainText text => Phrase(text),
        Money money => Display.Money(money),
        DateTimeOffset instant => Display.Instant(instant),
        OrderStatus status => Display.Status(status),
        DisputeStatus status => Display.Status(status),
        Remedy remedy => Display.Remedy(remedy),
        Outcome outcome => Display.Outcome(outcome),
        Enum other => T(other.ToString()),
        _ => argument,
    };
}
