namespace DisputeCenter.Services.Common;

internal static class LikePattern
{
    /// <summary>A LIKE pattern matching <paramref name="text"/> anywhere, with LIKE's own wildcards taken literally.</summary>
    public static string Contains(string text) =>
        "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";
}
