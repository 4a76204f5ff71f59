using DisputeCenter.Services.Evidence.HideEvidence;
using DisputeCenter.Services.Evidence.RemoveEvidence;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Services.Evidence.Storage;
using DisputeCenter.Services.Evidence.SubmitEvidence;
using DisputeCenter.Services.Evidence.VerifyEvidence;
using DisputeCenter.Services.Evidence.ViewEvidence;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Evidence;

internal static class EvidenceServiceCollectionExtensions
{
    /// <summary>The evidence vault: its PostgreSQL store and its use cases, all scoped to the request's DbContext.</summary>
    public static IServiceCollection AddEvidenceVault(this IServiceCollection services)
    {
        services.AddScoped<IEvidenceStore, PostgresEvidenceStore>();
        services.AddScoped<StageEvidenceService>();
        services.AddScoped<VerifyEvidenceService>();
        services.AddScoped<RemoveStagedEvidenceService>();
        services.AddScoped<SubmitEvidenceService>();
        services.AddScoped<HideEvidenceService>();
        services.AddScoped<EvidenceViewService>();
        return services;
    }
}
