using DisputeCenter.Domain.Support;
using FluentValidation;

namespace DisputeCenter.Services.Support;

public sealed class OpenTicketValidator : AbstractValidator<OpenTicketCommand>
{
    public OpenTicketValidator()
    {
        RuleFor(c => c.Topic).NotNull().WithMessage("Choose what your question is about.").IsInEnum().WithMessage("Choose what your question is about.");
        RuleFor(c => c.Subject).NotEmpty().WithMessage("Give your question a short subject.")
            .MaximumLength(SupportTicket.SubjectMaxLength).WithMessage($"Keep the subject to at most {SupportTicket.SubjectMaxLength} characters.");
        RuleFor(c => c.Message).NotEmpty().WithMessage("Tell us what happened and how we can help.")
            .MaximumLength(SupportMessage.BodyMaxLength).WithMessage($"Keep the message to at most {SupportMessage.BodyMaxLength} characters.");
    }
}
