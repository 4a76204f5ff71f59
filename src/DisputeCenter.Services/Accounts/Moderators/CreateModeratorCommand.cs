namespace DisputeCenter.Services.Accounts.Moderators;

public sealed record CreateModeratorCommand
{
    public string DisplayName { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    /// <summary>A first password the moderator is asked to change.</summary>
    public string Password { get; init; } = string.Empty;
}
