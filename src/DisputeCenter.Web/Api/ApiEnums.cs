using System.Text.Json;

namespace DisputeCenter.Web.Api;

/// <summary>Enum values as the API writes them (snake_case, like its JSON), read back from a query string.</summary>
public static class ApiEnums
{
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>Only the exact snake_case names: no numbers, no other spellings, as the JSON converter reads them.</summary>
    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
