namespace DisputeCenter.Web.Localization;

/// <summary>The languages the pages are written in. To add one: add its name here and a <c>Resources/SharedResource.{name}.resx</c>.</summary>
public static class Cultures
{
    public const string Default = "en";

    public static readonly IReadOnlyList<string> Supported = [Default, "af-ZA"];

    /// <summary>Each language named in itself, for the switch.</summary>
    public static string NativeName(string culture) => culture switch
    {
        "af-ZA" => "Afrikaans",
        _ => "English",
    };
}
