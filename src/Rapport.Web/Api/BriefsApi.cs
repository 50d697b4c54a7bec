using Rapport.Reports.Briefs;
using Rapport.Services.Briefs;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Api;

/// <summary><c>/api/v1/briefs</c>: a cited brief on a dyad, as Markdown, HTML, Word or PDF.</summary>
public static class BriefsApi
{
    /// <summary>What brief to write: the two sides, the period (months; default the dyad's dated facts), the format.</summary>
    /// <param name="A">Side A, a state or organisation as the gazetteers name it.</param>
    /// <param name="B">Side B.</param>
    /// <param name="From">First month, e.g. 2017-01.</param>
    /// <param name="To">Last month.</param>
    /// <param name="Format">md, html, docx or pdf.</param>
    /// <param name="Title">A title; default made from the dyad.</param>
    public sealed record BriefRequestBody(string? A, string? B, string? From, string? To, string? Format, string? Title);

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["md"] = "text/markdown; charset=utf-8",
        ["html"] = "text/html; charset=utf-8",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["pdf"] = "application/pdf",
    };

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapBriefsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/briefs", WriteAsync).WithTags("Briefs").WithName("WriteBrief").RequireAuthorization(Policies.Analyst)
            .Produces(StatusCodes.Status200OK, null, "text/html", "text/markdown", "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .WithSummary("Write a cited brief on a dyad (a, b, from, to, format md|html|docx|pdf) and return the file (analyst)");
        return api;
    }

    private static async Task<IResult> WriteAsync(IKnowledgeStore store, BriefRequestBody body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var format = (body.Format ?? "html").Trim().TrimStart('.').ToLowerInvariant();
        if (!ContentTypes.TryGetValue(format, out var contentType) || BriefWriters.For("brief." + format) is not { } writer)
        {
            throw new BadHttpRequestException($"format must be md, html, docx or pdf, not '{body.Format}'");
        }

        var request = new BriefRequest(
            ApiInput.Required(body.A, "a"),
            ApiInput.Required(body.B, "b"),
            ApiInput.Month(body.From, "from"),
            ApiInput.Month(body.To, "to"),
            DateOnly.FromDateTime(DateTime.UtcNow))
        {
            Title = string.IsNullOrWhiteSpace(body.Title) ? null : body.Title.Trim(),
        };
        var brief = await new BriefService(store).BuildAsync(request, cancellationToken).ConfigureAwait(false);

        // Written whole before the first byte is sent, so a failure is a problem-details error, not half a file.
        using var buffer = new MemoryStream();
        await writer.WriteAsync(brief, buffer, cancellationToken).ConfigureAwait(false);
        return TypedResults.File(buffer.ToArray(), contentType, $"brief.{format}");
    }
}
