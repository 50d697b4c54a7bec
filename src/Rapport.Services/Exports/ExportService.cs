using Rapport.Extraction;
using Rapport.Extraction.Gazetteers;
using Rapport.Storage;

namespace Rapport.Services.Exports;

/// <summary>
/// <c>rapport export</c>: one method per format, each building the scope's content and writing its file(s). Every
/// format reads the same <see cref="ExportModel"/> (the network formats read <see cref="NetworkService"/>'s network),
/// so adding a format is one method here and one arm in the command. See <c>docs/exports.md</c>.
/// </summary>
public sealed class ExportService
{
    private readonly IKnowledgeStore _store;
    private readonly Gazetteer _gazetteer;

    /// <summary>Creates the service over a store; the gazetteer (the default one when null) resolves dyad sides and names network nodes.</summary>
    public ExportService(IKnowledgeStore store, Gazetteer? gazetteer = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _gazetteer = gazetteer ?? Extractor.Default.Gazetteer;
    }

    /// <summary>The content of a scope, for callers that render it themselves.</summary>
    public Task<ExportModel> ModelAsync(ExportScope scope, CancellationToken cancellationToken = default) =>
        new ExportModelBuilder(_store, _gazetteer).BuildAsync(scope, cancellationToken);

    /// <summary>Writes a STIX 2.1 bundle to <paramref name="path"/>.</summary>
    public async Task<ExportSummary> StixAsync(string path, ExportScope scope, CancellationToken cancellationToken = default)
    {
        var model = await ModelAsync(scope, cancellationToken).ConfigureAwait(false);
        var count = await ExportFile.WriteAsync(path, s => new StixExporter().WriteAsync(model, s, cancellationToken)).ConfigureAwait(false);
        return new ExportSummary([path], count, $"{count} STIX objects");
    }

    /// <summary>Writes FollowTheMoney entities, one a line, to <paramref name="path"/>.</summary>
    public async Task<ExportSummary> FtmAsync(string path, ExportScope scope, CancellationToken cancellationToken = default)
    {
        var model = await ModelAsync(scope, cancellationToken).ConfigureAwait(false);
        var count = await ExportFile.WriteAsync(path, s => new FtmExporter().WriteAsync(model, s, cancellationToken)).ConfigureAwait(false);
        return new ExportSummary([path], count, $"{count} FtM entities");
    }

    /// <summary>Writes the entity and link tables; <paramref name="path"/> is a folder, or a <c>.csv</c> file name the tables are named after (<see cref="CsvPaths"/>).</summary>
    public async Task<ExportSummary> CsvAsync(string path, ExportScope scope, CancellationToken cancellationToken = default)
    {
        var model = await ModelAsync(scope, cancellationToken).ConfigureAwait(false);
        var (entities, links) = CsvPaths(path);
        var exporter = new CsvExporter();
        var rows = await ExportFile.WriteAsync(entities, e => ExportFile.WriteAsync(links, l => exporter.WriteAsync(model, e, l, cancellationToken))).ConfigureAwait(false);
        return new ExportSummary([entities, links], rows, $"{model.Actors.Count} entities and {rows - model.Actors.Count} links");
    }

    /// <summary>
    /// Writes the whole knowledge base of the scope's period to <paramref name="path"/> (<see cref="KnowledgeJson"/>);
    /// <c>rapport import json</c> reads it back into another store, byte for byte the same on export.
    /// </summary>
    /// <exception cref="UserErrorException">The scope names a dyad: the knowledge base is exported whole or by period only.</exception>
    public async Task<ExportSummary> JsonAsync(string path, ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.HasDyad)
        {
            throw new UserErrorException("json exports the whole knowledge base (or a period of it) for 'rapport import json'; --dyad does not apply");
        }

        var count = await ExportFile.WriteAsync(path, s => KnowledgeJson.ExportAsync(_store, s, scope.From, scope.To, cancellationToken)).ConfigureAwait(false);
        return new ExportSummary([path], count, $"{count} documents with their facts");
    }

    /// <summary>Writes the actor network of the scope as GraphML to <paramref name="path"/>.</summary>
    public Task<ExportSummary> GraphMlAsync(string path, ExportScope scope, CancellationToken cancellationToken = default) =>
        NetworkAsync(path, scope, ExportFormat.GraphMl, cancellationToken);

    /// <summary>Writes the actor network of the scope as GEXF 1.3 to <paramref name="path"/>.</summary>
    public Task<ExportSummary> GexfAsync(string path, ExportScope scope, CancellationToken cancellationToken = default) =>
        NetworkAsync(path, scope, ExportFormat.Gexf, cancellationToken);

    /// <summary>
    /// Where the CSV tables go: <c>entities.csv</c> and <c>links.csv</c> inside <paramref name="path"/> when it is a
    /// folder, or <c>NAME-entities.csv</c> and <c>NAME-links.csv</c> beside it when it is a file name ending in <c>.csv</c>.
    /// </summary>
    public static (string Entities, string Links) CsvPaths(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var folder = Path.GetDirectoryName(path) ?? string.Empty;
            var stem = Path.GetFileNameWithoutExtension(path);
            return (Path.Combine(folder, stem + "-entities.csv"), Path.Combine(folder, stem + "-links.csv"));
        }

        return (Path.Combine(path, "entities.csv"), Path.Combine(path, "links.csv"));
    }

    private async Task<ExportSummary> NetworkAsync(string path, ExportScope scope, ExportFormat format, CancellationToken cancellationToken)
    {
        var exporter = new NetworkExporter(_store, _gazetteer);
        var count = await ExportFile.WriteAsync(path, s => exporter.WriteAsync(scope, format, s, cancellationToken)).ConfigureAwait(false);
        return new ExportSummary([path], count, $"{count} nodes and edges");
    }
}
