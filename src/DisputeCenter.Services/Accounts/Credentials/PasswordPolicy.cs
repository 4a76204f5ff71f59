using System.Diagnostics.CodeAnalysis;
using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Accounts.Register;
using DisputeCenter.Services.Common;

namespace DisputeCenter.Services.Accounts.Credentials;

/// <summary>The registration form's rule and words for a new password, wherever one is chosen.</summary>
internal static class PasswordPolicy
{
    /// <summary>False when <paramref name="password"/> may be used; otherwise true, with what is wrong with it.</summary>
    public static bool Refuses([NotNullWhen(false)] string? password, [NotNullWhen(true)] out Result? problem)
    {
        problem = Problem(password);
        return problem is not null;
    }

    private static Result? Problem(string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Result.Invalid([DomainText.Of($"Choose a password.")]);
        }

        return password.Length switch
        {
            < RegisterAccountValidator.PasswordMinLength => Result.Invalid([DomainText.Of($"Use at least {RegisterAccountValidator.PasswordMinLength} characters. A few unrelated words make a strong, memorable passphrase.")]),
            > RegisterAccountValidator.PasswordMaxLength => Result.Invalid([DomainText.Of($"Use at most {RegisterAccountValidator.PasswordMaxLength} characters.")]),
            _ => null,
        };
    }
}
