using DisputeCenter.Domain.Orders;
using FluentValidation;

namespace DisputeCenter.Services.Accounts.Register;

public sealed class RegisterAccountValidator : AbstractValidator<RegisterAccountCommand>
{
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 256;

    public RegisterAccountValidator()
    {
        RuleFor(c => c.AccountType).IsInEnum();
        RuleFor(c => c.DisplayName).NotEmpty().WithMessage("Enter the name other people will see.")
            .MaximumLength(ApplicationUser.DisplayNameMaxLength);
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter your email address.")
            .EmailAddress().WithMessage("Enter an email address like name@example.com.")
            .MaximumLength(256);
        RuleFor(c => c.Password).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(PasswordMinLength).WithMessage($"Use at least {PasswordMinLength} characters. A few unrelated words make a strong, memorable passphrase.")
            .MaximumLength(PasswordMaxLength);

        When(c => c.AccountType == AccountType.Seller, () =>
        {
            RuleFor(c => c.BusinessName).NotEmpty().WithMessage("Enter your business name.")
                .MaximumLength(SupplierProfile.BusinessNameMaxLength);
            RuleFor(c => c.BusinessAddress).NotEmpty().WithMessage("Enter your business address.")
                .MaximumLength(SupplierProfile.AddressMaxLength);
            RuleFor(c => c.Country).NotEmpty().WithMessage("Enter your country's two-letter code, such as CN or ZA.")
                .Matches("^[A-Za-z]{2}$").WithMessage("Enter your country's two-letter code, such as CN or ZA.");
            RuleFor(c => c.ContactPhone).MaximumLength(SupplierProfile.ContactMaxLength);
            RuleFor(c => c.RegistrationNumber).NotEmpty().WithMessage("Enter your business registration number.")
                .MaximumLength(SupplierProfile.RegistrationNumberMaxLength);
        });
    }
}
