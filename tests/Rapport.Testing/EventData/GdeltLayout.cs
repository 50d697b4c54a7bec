namespace Rapport.Testing.EventData;

/// <summary>The GDELT export layouts.</summary>
public enum GdeltLayout
{
    /// <summary>GDELT 1.0 before April 2013: 57 columns, no SOURCEURL.</summary>
    Version1WithoutUrl,

    /// <summary>GDELT 1.0 from April 2013: 58 columns, SOURCEURL last.</summary>
    Version1,

    /// <summary>GDELT 2.0: 61 columns, an ADM2Code after each ADM1Code, DATEADDED as YYYYMMDDHHMMSS.</summary>
    Version2,
}
