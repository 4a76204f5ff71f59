using DisputeCenter.Domain.Disputes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class DecisionReasonCodeConfiguration : IEntityTypeConfiguration<DecisionReasonCode>
{
    private static readonly DateTimeOffset SeededAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The codes every installation starts with; administrators add more at /Admin/ReasonCodes.</summary>
    private static readonly (string Code, string Label)[] Defaults =
    [
        ("defect-proven", "Defect or damage shown by the evidence"),
        ("not-as-described", "Goods differ from the description or agreement"),
        ("not-delivered", "Goods not delivered"),
        ("missing-items", "Items missing from the delivery"),
        ("late-delivery", "Shipment significantly delayed"),
        ("terms-violated", "Terms of the agreement violated"),
        ("insufficient-evidence", "The claim is not supported by the evidence"),
        ("seller-remedied", "The seller already put the problem right"),
        ("goodwill", "Goodwill compensation"),
        (Dispute.MissedRequestReasonCode, "A party missed a moderator's request for information (used by the system)"),
    ];

    public void Configure(EntityTypeBuilder<DecisionReasonCode> builder)
    {
        builder.ToTable("decision_reason_codes");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(Decision.ReasonCodeMaxLength);
        builder.Property(c => c.Label).HasMaxLength(DecisionReasonCode.LabelMaxLength).IsRequired();
        builder.Property(c => c.ChangedBy).HasMaxLength(DecisionReasonCode.ChangedByMaxLength).IsRequired();
        builder.Ignore(c => c.IsSystem);
        builder.HasData(Defaults.Select(d => new { d.Code, d.Label, IsActive = true, ChangedBy = "system", ChangedAt = SeededAt }));
    }
}
