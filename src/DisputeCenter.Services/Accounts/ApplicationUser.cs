using Microsoft.AspNetCore.Identity;

namespace DisputeCenter.Services.Accounts;

public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>A disabled account cannot sign in; its existing sessions end at the next security stamp check.</summary>
    public bool IsDisabled { get; set; }
}
