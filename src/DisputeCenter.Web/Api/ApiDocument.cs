using DisputeCenter.Services.Accounts;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace DisputeCenter.Web.Api;

/// <summary>
/// The OpenAPI 3.1 document at <c>/openapi/v1.json</c> (ASP.NET Core's own generator), with the API-key scheme, and Scalar's
/// reference UI at <c>/scalar/v1</c> in Development and for administrators. <c>docs/openapi/v1.json</c> is its checked-in copy.
/// </summary>
public static class ApiDocument
{
    public const string Path = "/openapi/{documentName}.json";
    private const string SecurityScheme = "ApiKey";

    public static IServiceCollection AddApiDocument(this IServiceCollection services)
    {
        services.AddOpenApi(ApiEndpoints.DocumentName, options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            options.ShouldInclude = description => description.RelativePath?.StartsWith(ApiEndpoints.Prefix[1..], StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "DisputeCenter API",
                    Version = "v1",
                    Description = "Push orders in, follow disputes, answer claims, and confirm refunds. Every POST takes an Idempotency-Key; every error is an RFC 9457 problem document.",
                };
                document.Servers = [];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
                {
                    [SecurityScheme] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        BearerFormat = "dck_{key id}_{secret}",
                        Description = "An integration client's API key, made by an administrator (/Admin/Integrations) or a seller (/Seller/Integrations).",
                    },
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi(Path).AllowAnonymous();
        var reference = app.MapScalarApiReference(options => options.WithTitle("DisputeCenter API").WithOpenApiRoutePattern(Path))
            .WithSecurityHeadersPolicy(Startup.SecurityHeaders.ApiReference);
        if (!app.Environment.IsDevelopment())
        {
            reference.RequireAuthorization(Roles.Administrator);
        }

        return app;
    }
}
