using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Persistence;
using FluentValidation;

namespace DisputeCenter.Services.Accounts.Moderators;

public sealed class InviteModeratorValidator : AbstractValidator<InviteModeratorCommand>
{
    public InviteModeratorValidator()
    {
        RuleFor(c => c.DisplayName).NotEmpty().WithMessage("Enter the moderator's name.")
            .MaximumLength(ApplicationUser.DisplayNameMaxLength).WithMessage($"Keep the name to at most {ApplicationUser.DisplayNameMaxLength} characters.");
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter the moderator's email address.")
            .MaximumLength(OutboxEmail.AddressMaxLength).WithMessage("Enter an email address like name@example.com.")
            .EmailAddress().WithMessage("Enter an email address like name@example.com.");
    }
}
