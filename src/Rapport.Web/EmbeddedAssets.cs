using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace Rapport.Web;

/// <summary>
/// Serves the bundled scripts and styles from the assembly's embedded resources under <c>/assets/</c>: the server
/// is one binary, and nothing is loaded from a CDN at run time.
/// </summary>
public static class EmbeddedAssets
{
    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Maps <c>GET /assets/{**path}</c>.</summary>
    public static IEndpointRouteBuilder MapEmbeddedAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/assets/{**path}", (string path, HttpContext context) =>
        {
            if (path.Contains("..", StringComparison.Ordinal))
            {
                return Results.NotFound();
            }

            var stream = Assembly.GetManifestResourceStream("wwwroot/" + path);
            if (stream is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Stream(stream, ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream");
        }).ExcludeFromDescription().AllowAnonymous();
        return endpoints;
    }
}
