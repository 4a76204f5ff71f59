using System.Security.Claims;

namespace DisputeCenter.Web.Accounts;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id. Only called on pages that require sign-in.</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");
}
