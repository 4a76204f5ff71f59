using DisputeCenter.Domain.Common;

namespace DisputeCenter.Services.Common;

/// <summary>The person a text is written for when they are not the one asking (a notification, an email): their language and time zone.</summary>
public sealed record Reader(string? Culture, string? TimeZone);

/// <summary>
/// Writes a <see cref="DomainText"/> for a reader other than the current request's. The web app's renderer translates
/// and formats for the reader; without one (service tests, tools) texts are English with instants in UTC.
/// </summary>
public interface ITextRenderer
{
    string Render(DomainText text, Reader reader);
}

internal sealed class EnglishTextRenderer : ITextRenderer
{
    public string Render(DomainText text, Reader reader)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToString();
    }
}
