namespace Rapport.Services.Exports;

/// <summary>Export formats by the names users type (<c>stix</c>, <c>ftm</c>, <c>csv</c>, <c>graphml</c>, <c>gexf</c>, <c>json</c>).</summary>
public static class ExportFormats
{
    /// <summary>Every name, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["stix", "ftm", "csv", "graphml", "gexf", "json"];

    /// <summary>Reads a format name, ignoring case; false when it names none.</summary>
    public static bool TryParse(string? name, out ExportFormat format)
    {
        format = ExportFormat.Stix;
        switch (name?.Trim().ToLowerInvariant())
        {
            case "stix":
                format = ExportFormat.Stix;
                return true;
            case "ftm":
                format = ExportFormat.Ftm;
                return true;
            case "csv":
                format = ExportFormat.Csv;
                return true;
            case "graphml":
                format = ExportFormat.GraphMl;
                return true;
            case "gexf":
                format = ExportFormat.Gexf;
                return true;
            case "json":
                format = ExportFormat.Json;
                return true;
            default:
                return false;
        }
    }
}
