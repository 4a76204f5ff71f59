using FluentValidation;

namespace DisputeCenter.Services.Moderation;

public sealed class ModerationQueueQueryValidator : AbstractValidator<ModerationQueueQuery>
{
    public ModerationQueueQueryValidator()
    {
        RuleFor(q => q.Stage).IsInEnum();
        RuleFor(q => q.Reason).IsInEnum();
        RuleFor(q => q.Assignment).IsInEnum();
        RuleFor(q => q.Seller).MaximumLength(ModerationQueueQuery.SellerMaxLength);
        RuleFor(q => q.MinAmount).GreaterThanOrEqualTo(0).WithMessage("The smallest amount must not be negative.");
        RuleFor(q => q.MaxAmount).GreaterThanOrEqualTo(0).WithMessage("The largest amount must not be negative.");
        RuleFor(q => q.MaxAmount)
            .GreaterThanOrEqualTo(q => q.MinAmount)
            .When(q => q.MinAmount is not null && q.MaxAmount is not null)
            .WithMessage("The largest amount must not be below the smallest.");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, ModerationQueueQuery.MaxPageSize);
    }
}
