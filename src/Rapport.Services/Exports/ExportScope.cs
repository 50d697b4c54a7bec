using Rapport.Model;

namespace Rapport.Services.Exports;

/// <summary>
/// What an export covers: a period of fact dates, optionally one dyad, and whether to keep to the target format's
/// standard vocabulary. The same scope gives the same content in every format, so a STIX bundle and a CSV table of
/// one scope can be checked against each other.
/// </summary>
/// <param name="From">First month of the period; null for no lower bound.</param>
/// <param name="To">Last month of the period; null for no upper bound.</param>
/// <param name="SideA">One side of the dyad, as an analyst names it (a state or organisation of the gazetteers); null for no dyad.</param>
/// <param name="SideB">The other side; null for no dyad.</param>
/// <param name="Strict">Use only the format's standard vocabulary: no custom STIX relationship types or <c>x_</c> properties.</param>
public sealed record ExportScope(YearMonth? From = null, YearMonth? To = null, string? SideA = null, string? SideB = null, bool Strict = false)
{
    /// <summary>Everything in the store, with Rapport's own relationship vocabulary.</summary>
    public static ExportScope All { get; } = new();

    /// <summary>True when the export is limited to a dyad.</summary>
    public bool HasDyad => !string.IsNullOrWhiteSpace(SideA) && !string.IsNullOrWhiteSpace(SideB);

    /// <summary>True when a period or a dyad narrows the export, so only documents that hold exported evidence are written.</summary>
    public bool IsFiltered => From is not null || To is not null || HasDyad;

    /// <summary>True when <paramref name="date"/> may fall in the period (see <see cref="SupportMatrixService.InPeriod"/>).</summary>
    public bool InPeriod(PartialDate date) => SupportMatrixService.InPeriod(date, From, To);
}
