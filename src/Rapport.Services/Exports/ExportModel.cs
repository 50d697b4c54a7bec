namespace Rapport.Services.Exports;

/// <summary>
/// Everything one export writes, already filtered to its scope and sorted by stable keys, so every format is a
/// rendering of the same content and two exports of the same store are identical.
/// </summary>
/// <param name="Scope">The scope it was built for.</param>
/// <param name="Documents">The documents, by id.</param>
/// <param name="Actors">The actors, by key.</param>
/// <param name="Meetings">Meetings grouped across documents, by <see cref="ExportKeys.Of(CorroboratedFact)"/>.</param>
/// <param name="Statements">Statements grouped across documents, by the same key.</param>
/// <param name="Support">Support matrix cells (supporter, recipient, kind), by key.</param>
/// <param name="Assessments">The authors' estimative judgements, by document and offset; none for a dyad.</param>
public sealed record ExportModel(
    ExportScope Scope,
    IReadOnlyList<ExportDocument> Documents,
    IReadOnlyList<ExportActor> Actors,
    IReadOnlyList<CorroboratedFact> Meetings,
    IReadOnlyList<CorroboratedFact> Statements,
    IReadOnlyList<SupportMatrixRow> Support,
    IReadOnlyList<ExportAssessment> Assessments)
{
    private readonly Dictionary<Model.DocumentId, ExportDocument> _documents = Documents.ToDictionary(d => d.Id);
    private readonly Dictionary<string, ExportActor> _actors = Actors.ToDictionary(a => a.Key, StringComparer.Ordinal);

    /// <summary>The exported document with that id, or null when it is outside the export.</summary>
    public ExportDocument? Document(Model.DocumentId id) => _documents.GetValueOrDefault(id);

    /// <summary>The exported actor with that key, or null when it is outside the export.</summary>
    public ExportActor? Actor(string key) => _actors.GetValueOrDefault(key);
}
