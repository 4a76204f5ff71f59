using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Persistence;
using FluentValidation;

namespace DisputeCenter.Services.Accounts.Register;

public sealed class RegisterAccountValidator : AbstractValidator<RegisterAccountCommand>
{
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 256;
    public const int EmailMaxLength = 256;

    public RegisterAccountValidator()
    {
        RuleFor(c => c.AccountType).IsInEnum().WithMessage("Choose a buyer or a seller account.");
        // A supplier profile typed into a buyer's form is never dropped in silence: the buyer says which they meant.
        RuleFor(c => c.AccountType)
            .Must((command, type) => type != AccountType.Buyer || !command.FillsSupplierProfile())
            .WithMessage("You chose to buy, but filled in the sellers' supplier profile. Choose \"sell\" to register as a seller, or empty those fields to register as a buyer.");
        RuleFor(c => c.DisplayName).NotEmpty().WithMessage("Enter the name other people will see.")
            .MaximumLength(ApplicationUser.DisplayNameMaxLength).WithMessage($"Keep the name to at most {ApplicationUser.DisplayNameMaxLength} characters.");
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter your email address.")
            .EmailAddress().WithMessage("Enter an email address like name@example.com.")
            .MaximumLength(EmailMaxLength).WithMessage($"An email address has at most {EmailMaxLength} characters.");
        RuleFor(c => c.Password).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(PasswordMinLength).WithMessage($"Use at least {PasswordMinLength} characters. A few unrelated words make a strong, memorable passphrase.")
            .MaximumLength(PasswordMaxLength).WithMessage($"Use at most {PasswordMaxLength} characters.");

        When(c => c.AccountType == AccountType.Seller, () =>
        {
            RuleFor(c => c.BusinessName).NotEmpty().WithMessage("Enter your business name.")
                .MaximumLength(SupplierProfile.BusinessNameMaxLength).WithMessage($"Keep the business name to at most {SupplierProfile.BusinessNameMaxLength} characters.");
            RuleFor(c => c.BusinessAddress).NotEmpty().WithMessage("Enter your business address.")
                .MaximumLength(SupplierProfile.AddressMaxLength).WithMessage($"Keep the address to at most {SupplierProfile.AddressMaxLength} characters.");
            RuleFor(c => c.Country).NotEmpty().WithMessage("Enter your country's two-letter code, such as CN or ZA.")
                .Matches("^[A-Za-z]{2}$").WithMessage("Enter your country's two-letter code, such as CN or ZA.");
            RuleFor(c => c.ContactPhone).MaximumLength(SupplierProfile.ContactMaxLength)
                .WithMessage($"Keep the contact details to at most {SupplierProfile.ContactMaxLength} characters.");
            RuleFor(c => c.RegistrationNumber).NotEmpty().WithMessage("Enter your business registration number.")
                .MaximumLength(SupplierProfile.RegistrationNumberMaxLength)
                .WithMessage($"A registration number has at most {SupplierProfile.RegistrationNumberMaxLength} characters.");
        });
    }
}
