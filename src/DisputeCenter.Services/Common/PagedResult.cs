namespace DisputeCenter.Services.Common;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 1 : (int)Math.Ceiling(TotalCount / (double)PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < TotalPages;
}

public static class Paging
{
    /// <summary>
    /// The page to show for a requested one: at least the first, at most the last there is. A page number from a link
    /// (even 2,147,483,647) never becomes a negative or overflowing offset; past the end it shows the last page.
    /// </summary>
    public static int Within(int page, int pageSize, int totalCount)
    {
        var last = totalCount == 0 ? 1 : (int)Math.Ceiling(totalCount / (double)pageSize);
        return Math.Clamp(page, 1, last);
    }
}
