using DisputeCenter.Domain.Disputes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class InformationRequestConfiguration : IEntityTypeConfiguration<InformationRequest>
{
    public void Configure(EntityTypeBuilder<InformationRequest> builder)
    {
        builder.ToTable("information_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.RequestedByModeratorId).HasMaxLength(InformationRequest.UserIdMaxLength).IsRequired();
        builder.Property(r => r.AnsweredByUserId).HasMaxLength(InformationRequest.UserIdMaxLength);
        builder.Property(r => r.What).HasMaxLength(InformationRequest.WhatMaxLength).IsRequired();
        builder.Property(r => r.Answer).HasMaxLength(InformationRequest.AnswerMaxLength);
    }
}
