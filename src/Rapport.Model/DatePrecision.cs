namespace Rapport.Model;

/// <summary>How much of a date a source actually states.</summary>
public enum DatePrecision
{
    /// <summary>No date is known.</summary>
    Unknown = 0,

    /// <summary>Only the year is known.</summary>
    Year = 1,

    /// <summary>The year and month are known.</summary>
    Month = 2,

    /// <summary>The full calendar day is known.</summary>
    Day = 3,
}
