using System.Text;
using Rapport.Analysis.Hypotheses;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Api;

/// <summary><c>/api/v1/hypotheses</c>: the Analysis of Competing Hypotheses matrix for a hypotheses file sent as the body.</summary>
public static class HypothesesApi
{
    /// <summary>The largest hypotheses file accepted; real ones are a few kilobytes.</summary>
    public const int MaxFileBytes = 256 * 1024;

    /// <summary>A hypothesis of the file.</summary>
    public sealed record HypothesisItem(string Id, string Statement);

    /// <summary>One rating of an evidence row against a hypothesis; <c>suggested</c> when a rule proposed it.</summary>
    public sealed record CellItem(string Hypothesis, string Rating, bool Suggested);

    /// <summary>One evidence row.</summary>
    public sealed record RowItem(string Id, string Reference, string Kind, string? Date, string Text, int Credibility, double Weight, IReadOnlyList<CellItem> Cells);

    /// <summary>A hypothesis's place in the ranking (least weighted inconsistency first).</summary>
    public sealed record RankItem(int Rank, string Hypothesis, double WeightedInconsistency, int Inconsistent, int Consistent);

    /// <summary>The matrix.</summary>
    public sealed record MatrixItem(IReadOnlyList<HypothesisItem> Hypotheses, IReadOnlyList<RowItem> Rows, IReadOnlyList<RankItem> Ranking, IReadOnlyList<string> NonDiagnostic, bool SuggestionsScored);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapHypothesesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/hypotheses", BuildAsync).WithTags("Analysis").WithName("BuildHypothesesMatrix").RequireAuthorization(Policies.Viewer)
            .Accepts<string>("application/yaml", "text/yaml", "text/plain")
            .WithSummary("The competing-hypotheses matrix and ranking for the hypotheses file (YAML) in the body (viewer: it reads, it changes nothing); acceptSuggestions scores rule suggestions too");
        return api;
    }

    private static async Task<MatrixItem> BuildAsync(IKnowledgeStore store, HttpRequest request, bool? acceptSuggestions, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(request, MaxFileBytes, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new BadHttpRequestException("send the hypotheses file (YAML) as the request body");
        }

        var file = HypothesesFileLoader.Parse(text, "request body");
        var report = await new HypothesisService(store).BuildAsync(file, acceptSuggestions ?? false, cancellationToken).ConfigureAwait(false);
        return new MatrixItem(
            report.Hypotheses.Select(h => new HypothesisItem(h.Id, h.Statement)).ToList(),
            report.Rows.Select(r => new RowItem(
                r.Evidence.Id,
                r.Evidence.Reference.ToString(),
                r.Evidence.Kind.ToString().ToLowerInvariant(),
                r.Evidence.Date.ToIsoString(),
                r.Evidence.Text,
                (int)r.Evidence.Credibility,
                r.Evidence.Weight,
                r.Cells.Select((c, i) => new CellItem(report.Hypotheses[i].Id, Rating(c.Rating), c.Suggested)).ToList())).ToList(),
            report.Ranking.Select(s => new RankItem(s.Rank, s.Hypothesis.Id, s.WeightedInconsistency, s.InconsistentCount, s.ConsistentCount)).ToList(),
            report.NonDiagnostic.Select(e => e.Id).ToList(),
            report.SuggestionsScored);
    }

    /// <summary>The body as UTF-8 text, refused with 413 past <paramref name="maxBytes"/>.</summary>
    public static async Task<string> ReadTextAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            throw new BadHttpRequestException($"the body is larger than {maxBytes} bytes", StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            // Counted as read, since a chunked body has no length to check up front.
            if (buffer.Length + read > maxBytes)
            {
                throw new BadHttpRequestException($"the body is larger than {maxBytes} bytes", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string Rating(AchRating rating) => rating switch
    {
        AchRating.Consistent => "consistent",
        AchRating.Inconsistent => "inconsistent",
        AchRating.Neutral => "neutral",
        _ => "not-applicable",
    };
}
