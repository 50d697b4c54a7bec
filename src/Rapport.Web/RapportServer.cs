using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Rapport.Services;
using Rapport.Services.Accounts;
using Rapport.Storage;
using Rapport.Web.Api;
using Rapport.Web.Security;

namespace Rapport.Web;

/// <summary>
/// Builds the web application <c>rapport serve</c> runs: pages and <c>/api/v1</c> over the same services as the CLI,
/// cookie sign-in for pages (with antiforgery), bearer tokens for scripts, role policies, strict security headers.
/// </summary>
public static class RapportServer
{
    /// <summary>The rate-limit policy of the sign-in form: a few attempts a minute per client address.</summary>
    public const string SignInLimit = "sign-in";

    /// <summary>Builds the application over the store <paramref name="options"/> names, opening (and migrating) it first.</summary>
    public static async Task<WebApplication> BuildAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = await StoreOpener.OpenAsync(options.Store, create: true, cancellationToken).ConfigureAwait(false);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(RapportServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxUploadBytes + (1024 * 1024));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(store);
        services.AddSingleton(new AccountService(store));
        services.AddSingleton<Rapport.Web.Pages.Shared.Jobs.IngestJobs>();
        var keys = services.AddDataProtection().SetApplicationName("Rapport");
        if (options.KeyDirectory is not null)
        {
            keys.PersistKeysToFileSystem(new DirectoryInfo(options.KeyDirectory));
        }

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthenticationSchemes.Either;
                o.DefaultChallengeScheme = AuthenticationSchemes.Either;
            })
            .AddPolicyScheme(AuthenticationSchemes.Either, "Cookie or bearer token", o =>
                o.ForwardDefaultSelector = context => context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AuthenticationSchemes.Bearer
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/signin";
                o.LogoutPath = "/signout";
                o.AccessDeniedPath = "/denied";
                o.Cookie.Name = "rapport";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);

                // Scripts calling the API get status codes, not a redirect to a sign-in page.
                o.Events.OnRedirectToLogin = context => ApiAware(context.HttpContext, StatusCodes.Status401Unauthorized, () => context.Response.Redirect(context.RedirectUri));
                o.Events.OnRedirectToAccessDenied = context => ApiAware(context.HttpContext, StatusCodes.Status403Forbidden, () => context.Response.Redirect(context.RedirectUri));
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenHandler>(AuthenticationSchemes.Bearer, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Viewer, p => p.RequireRole(Roles.Viewer, Roles.Analyst, Roles.Admin))
            .AddPolicy(Policies.Analyst, p => p.RequireRole(Roles.Analyst, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));
        services.AddAntiforgery(o => o.Cookie.Name = "rapport-antiforgery");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 5, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = options.MaxUploadBytes);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiErrors>();
        services.AddOpenApi("v1");
        services.AddRazorPages().AddApplicationPart(typeof(RapportServer).Assembly);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseApiWriteGuard();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapEmbeddedAssets();
        var api = app.MapGroup("/api/v1").DisableAntiforgery();
        api.MapDocumentsApi().MapUploadApi().MapDyadApi().MapFactsApi().MapActorsApi().MapSourcesApi()
            .MapNetworkApi().MapHypothesesApi().MapBriefsApi().MapUsersApi();
        app.MapApiReference();
        app.MapRazorPages();
        app.Lifetime.ApplicationStopped.Register(() => store.DisposeAsync().AsTask().GetAwaiter().GetResult());
        return app;
    }

    private static Task ApiAware(HttpContext context, int status, Action otherwise)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            otherwise();
        }

        return Task.CompletedTask;
    }
}
