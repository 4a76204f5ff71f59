using Microsoft.AspNetCore.Identity;

namespace DisputeCenter.Services.Persistence;

public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public const int PreferenceMaxLength = 64;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>A disabled account cannot sign in; its existing sessions end at the next security stamp check.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The language the person chose (e.g. af-ZA); notifications and emails are written in it. Null: English.</summary>
    public string? Culture { get; set; }

    /// <summary>The time zone the person chose (e.g. Africa/Johannesburg); instants in notifications are shown in it. Null: UTC.</summary>
    public string? TimeZone { get; set; }
}
