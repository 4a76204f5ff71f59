namespace DisputeCenter.Web.Startup;

/// <summary>
/// The headers every response carries (NetEscapades.AspNetCore.SecurityHeaders applies them, pages, files, redirects and
/// errors alike), and the stricter set for the files users upload.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy of the pages that send back what a user uploaded: evidence files and conversation attachments.</summary>
    public const string UploadedFiles = "uploaded-files";

    /// <summary>The API reference page (Scalar): its bundled script starts from an inline module and styles itself inline.</summary>
    public const string ApiReference = "api-reference";

    public static IServiceCollection AddDisputeCenterSecurityHeaders(this IServiceCollection services)
    {
        services.AddSecurityHeaderPolicies()
            .SetDefaultPolicy(policy => policy
                .AddCommon()
                // The site loads nothing from elsewhere and runs no inline script or style: 'self' for its few script
                // files (progressive enhancement only: every page works without them), styles, images and video; forms
                // only post back to the site; no framing, no plugins, no <base> redirection.
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().Self();
                    csp.AddFrameAncestors().None();
                    csp.AddFormAction().Self();
                    csp.AddBaseUri().None();
                    csp.AddObjectSrc().None();
                }))
            .AddPolicy(UploadedFiles, policy => policy
                .AddCommon()
                // A file opened on its own (an SVG someone called a photo, an HTML page inside a "PDF") runs in a
                // sandbox with a unique origin: no script, no forms, no cookies of the site, nothing loaded.
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddSandbox();
                    csp.AddDefaultSrc().None();
                    csp.AddFrameAncestors().None();
                    csp.AddFormAction().None();
                    csp.AddBaseUri().None();
                }))
            .AddPolicy(ApiReference, policy => policy
                .AddCommon()
                // Everything from the site itself (Scalar's bundle is served by the app); inline script and style only
                // because the reference page is built that way. It takes no user content and posts no forms.
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().Self();
                    csp.AddScriptSrc().Self().UnsafeInline();
                    csp.AddStyleSrc().Self().UnsafeInline();
                    csp.AddImgSrc().Self().Data();
                    csp.AddFontSrc().Self().Data();
                    csp.AddFrameAncestors().None();
                    csp.AddFormAction().None();
                    csp.AddBaseUri().None();
                    csp.AddObjectSrc().None();
                }));
        return services;
    }

    private static HeaderPolicyCollection AddCommon(this HeaderPolicyCollection policy) => policy
        .AddContentTypeOptionsNoSniff()
        .AddFrameOptionsDeny()
        // Addresses carry order and dispute ids: none of them leave the site, not even to a carrier's tracking page.
        .AddReferrerPolicySameOrigin()
        .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
        .AddCrossOriginResourcePolicy(corp => corp.SameOrigin())
        .AddPermissionsPolicyWithDefaultSecureDirectives()
        .RemoveServerHeader();
}
