namespace Rapport.Web.Security;

/// <summary>
/// Headers on every response that keep document text inert even if a page escaped it wrongly: a strict
/// Content-Security-Policy (scripts and styles from this server only, no inline script, no plugins, no framing),
/// no MIME sniffing, no referrer.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy every response carries.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Adds the headers to every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(context).ConfigureAwait(false);
        });
}
