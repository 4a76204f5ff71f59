using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Returns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

/// <summary>A dispute's return of the goods: at most one per dispute.</summary>
internal sealed class ReturnShipmentConfiguration : IEntityTypeConfiguration<ReturnShipment>
{
    public void Configure(EntityTypeBuilder<ReturnShipment> builder)
    {
        builder.ToTable("dispute_returns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Address).HasMaxLength(ReturnShipment.AddressMaxLength);
        builder.Property(r => r.Carrier).HasMaxLength(ReturnShipment.CarrierMaxLength);
        builder.Property(r => r.TrackingNumber).HasMaxLength(ReturnShipment.TrackingNumberMaxLength);
        builder.Property(r => r.ProblemStatement).HasMaxLength(Dispute.StatementMaxLength);
        builder.ComplexProperty(r => r.RefundDue, MoneyMapping.Configure);
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.DueAt);
    }
}
