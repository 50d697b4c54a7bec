namespace Rapport.Web.Security;

/// <summary>
/// Cross-site request forgery guard for the API: a change made with the sign-in cookie (rather than a bearer token)
/// must carry an <c>X-Requested-With</c> header. A page on another site cannot add that header to a request without
/// a CORS preflight, which this server never grants; pages' forms have antiforgery tokens instead.
/// </summary>
public static class ApiWriteGuard
{
    /// <summary>The header a cookie-authenticated API write must carry.</summary>
    public const string Header = "X-Requested-With";

    /// <summary>Refuses cookie-authenticated API writes without <see cref="Header"/> (after authentication has run).</summary>
    public static IApplicationBuilder UseApiWriteGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
                && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
                && context.User.Identity?.IsAuthenticated == true
                && context.User.Identity.AuthenticationType != AuthenticationSchemes.Bearer
                && !request.Headers.ContainsKey(Header))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await Results.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    detail: $"an API change made with the sign-in cookie needs the {Header} header; scripts use a bearer token").ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
}
