namespace Rapport.Services.Exports;

/// <summary>What an export wrote, for the command to report.</summary>
/// <param name="Files">The files written, in the order written.</param>
/// <param name="Items">How many items (STIX objects, FtM entities, table rows, network nodes and edges) they hold.</param>
/// <param name="Description">One line saying what the items are, e.g. "412 STIX objects".</param>
public sealed record ExportSummary(IReadOnlyList<string> Files, int Items, string Description);
