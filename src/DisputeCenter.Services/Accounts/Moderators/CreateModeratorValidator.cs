using DisputeCenter.Services.Accounts.Register;
using DisputeCenter.Services.Persistence;
using FluentValidation;

namespace DisputeCenter.Services.Accounts.Moderators;

public sealed class CreateModeratorValidator : AbstractValidator<CreateModeratorCommand>
{
    public CreateModeratorValidator()
    {
        RuleFor(c => c.DisplayName).NotEmpty().WithMessage("Enter the moderator's name.")
            .MaximumLength(ApplicationUser.DisplayNameMaxLength).WithMessage($"Keep the name to at most {ApplicationUser.DisplayNameMaxLength} characters.");
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter the moderator's email address.")
            .EmailAddress().WithMessage("Enter an email address like name@example.com.");
        RuleFor(c => c.Password).NotEmpty().WithMessage("Choose a first password.")
            .MinimumLength(RegisterAccountValidator.PasswordMinLength)
            .WithMessage($"Use at least {RegisterAccountValidator.PasswordMinLength} characters.")
            .MaximumLength(RegisterAccountValidator.PasswordMaxLength).WithMessage($"Use at most {RegisterAccountValidator.PasswordMaxLength} characters.");
    }
}
