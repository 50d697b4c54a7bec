using System.Globalization;
using Rapport.Storage;

namespace Rapport.Services.Exports;

/// <summary>
/// Stable keys for exported facts, from what identifies them in the store — document ids (hashes of the text) and
/// character offsets, actor keys, support kinds — never from row numbers or clocks, so the identifiers derived from
/// them (STIX UUIDs, FtM ids) are the same in every export of the same knowledge base.
/// </summary>
public static class ExportKeys
{
    /// <summary>The report a grouped fact is keyed and cited by: the first by document id, then offset (as <c>rapport facts</c> prints).</summary>
    public static FactRecord Head(CorroboratedFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Reports.OrderBy(r => r.Span.Document.Value, StringComparer.Ordinal).ThenBy(r => r.Span.Start).ThenBy(r => r.Span.End).First();
    }

    /// <summary>The key of a meeting or statement: kind, head report's full document id, span and rule.</summary>
    public static string Of(CorroboratedFact fact)
    {
        var head = Head(fact);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{fact.Kind.ToString().ToLowerInvariant()}:{head.Span.Document.Value}@{head.Span.Start}-{head.Span.End}:{head.Rule}");
    }

    /// <summary>The key of a support cell: supporter and recipient keys and the kind.</summary>
    public static string Of(SupportMatrixRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"support:{row.Supporter.Key}>{row.Recipient.Key}:{row.KindName}";
    }

    /// <summary>The key of an assessment: its document and span.</summary>
    public static string Of(ExportAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return string.Create(CultureInfo.InvariantCulture, $"assessment:{assessment.Span.Document.Value}@{assessment.Span.Start}-{assessment.Span.End}");
    }

    /// <summary>The handle an analyst types to find the fact again (<c>rapport facts</c>, hypothesis files).</summary>
    public static string Handle(CorroboratedFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return FactReference.Of(fact.Reports).ToString();
    }

    /// <summary>The handle of a support cell's strongest claim.</summary>
    public static string Handle(SupportMatrixRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new FactReference(FactKind.Support, row.Strongest.Span.Document.Short, row.Strongest.Span.Start).ToString();
    }
}
