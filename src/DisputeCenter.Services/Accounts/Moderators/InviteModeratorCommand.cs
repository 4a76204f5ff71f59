namespace DisputeCenter.Services.Accounts.Moderators;

/// <summary>Who to invite: the invitee chooses their own password from the emailed link.</summary>
public sealed record InviteModeratorCommand
{
    public string DisplayName { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;
}
