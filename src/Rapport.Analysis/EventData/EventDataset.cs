namespace Rapport.Analysis.EventData;

/// <summary>Which event dataset a record came from.</summary>
public enum EventDataset
{
    /// <summary>GDELT 1.0 daily event files (57 columns, 58 with SOURCEURL from April 2013).</summary>
    Gdelt1,

    /// <summary>GDELT 2.0 event files (61 columns).</summary>
    Gdelt2,

    /// <summary>ICEWS coded event data (tab-separated with a header).</summary>
    Icews,

    /// <summary>Rapport's own facts, coded with <see cref="RapportFactCodes"/>.</summary>
    Rapport,
}
