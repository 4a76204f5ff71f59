namespace DisputeCenter.Domain.Common;

/// <summary>A user's id as the domain keeps it (ASP.NET Core Identity's key: a string of at most 450 characters).</summary>
public static class UserId
{
    public const int MaxLength = 450;
}
