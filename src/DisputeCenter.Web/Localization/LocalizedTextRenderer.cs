using System.Globalization;
using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Common;

namespace DisputeCenter.Web.Localization;

/// <summary>
/// Writes a text for someone other than the current request's reader (the recipient of a notification or an email):
/// the same translations and formats as the pages, in the reader's chosen language and time zone.
/// </summary>
public sealed class LocalizedTextRenderer : ITextRenderer
{
    public string Render(DomainText text, Reader reader)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reader);
        var culture = CultureInfo.GetCultureInfo(reader.Culture is { } name && Cultures.Supported.Contains(name, StringComparer.Ordinal) ? name : Cultures.Default);
        var (before, beforeUi, beforeZone) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, UserTimeZone.Current);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            UserTimeZone.Use(UserTimeZone.Find(reader.TimeZone));
            return Text.T(text);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
            UserTimeZone.Use(beforeZone);
        }
    }
}
