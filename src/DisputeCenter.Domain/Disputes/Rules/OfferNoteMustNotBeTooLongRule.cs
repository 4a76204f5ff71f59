using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OfferNoteMustNotBeTooLongRule(string? text) : TextRule("The note with an offer", text, 0, Offer.NoteMaxLength);
