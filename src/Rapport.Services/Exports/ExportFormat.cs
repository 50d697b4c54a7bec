namespace Rapport.Services.Exports;

/// <summary>
/// The formats <c>rapport export</c> writes. Each is for another tool: STIX for threat-intelligence platforms,
/// FollowTheMoney for Aleph and other investigative graphs, CSV for spreadsheets and link-analysis tools such as i2,
/// GraphML and GEXF for network tools such as Gephi.
/// </summary>
public enum ExportFormat
{
    /// <summary>A STIX 2.1 bundle (JSON).</summary>
    Stix,

    /// <summary>FollowTheMoney entities, one JSON object a line.</summary>
    Ftm,

    /// <summary>An entities table and a links table (RFC 4180 CSV).</summary>
    Csv,

    /// <summary>The actor network as GraphML 1.0.</summary>
    GraphMl,

    /// <summary>The actor network as GEXF 1.3.</summary>
    Gexf,

    /// <summary>The whole knowledge base of the period, for <c>rapport import json</c> (<see cref="KnowledgeJson"/>).</summary>
    Json,
}
