using Rapport.Model;

namespace Rapport.Storage;

/// <summary>How model values are written in database columns, the same in every backend.</summary>
public static class StoredValues
{
    /// <summary>The column value for a format.</summary>
    public static string Format(DocumentFormat format) => format switch
    {
        DocumentFormat.Text => "text",
        DocumentFormat.Markdown => "markdown",
        DocumentFormat.Html => "html",
        DocumentFormat.Pdf => "pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format for a column value.</summary>
    /// <exception cref="StoreException">The value is not one Rapport writes.</exception>
    public static DocumentFormat ParseFormat(string value) => value switch
    {
        "text" => DocumentFormat.Text,
        "markdown" => DocumentFormat.Markdown,
        "html" => DocumentFormat.Html,
        "pdf" => DocumentFormat.Pdf,
        _ => throw new StoreException($"the store holds an unknown document format '{value}'"),
    };

    /// <summary>The column value for a partial date: its ISO form, or null when unknown.</summary>
    public static string? Date(PartialDate date) => date.ToIsoString();

    /// <summary>The partial date for a column value.</summary>
    public static PartialDate ParseDate(string? value) =>
        PartialDate.TryParse(value, out var date) ? date : throw new StoreException($"the store holds an invalid date '{value}'");

    /// <summary>The column value for a fact kind.</summary>
    public static string Kind(FactKind kind) => kind switch
    {
        FactKind.Actor => "actor",
        FactKind.Statement => "statement",
        FactKind.Meeting => "meeting",
        FactKind.Support => "support",
        FactKind.Assessment => "assessment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The fact kind for a column value.</summary>
    /// <exception cref="StoreException">The value is not one Rapport writes.</exception>
    public static FactKind ParseKind(string value) => value switch
    {
        "actor" => FactKind.Actor,
        "statement" => FactKind.Statement,
        "meeting" => FactKind.Meeting,
        "support" => FactKind.Support,
        "assessment" => FactKind.Assessment,
        _ => throw new StoreException($"the store holds an unknown fact kind '{value}'"),
    };

    /// <summary>The column value for an actor decision.</summary>
    public static string Decision(ActorDecisionKind kind) => kind switch
    {
        ActorDecisionKind.Merge => "merge",
        ActorDecisionKind.Split => "split",
        ActorDecisionKind.Distinct => "distinct",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The actor decision for a column value.</summary>
    /// <exception cref="StoreException">The value is not one Rapport writes.</exception>
    public static ActorDecisionKind ParseDecision(string value) => value switch
    {
        "merge" => ActorDecisionKind.Merge,
        "split" => ActorDecisionKind.Split,
        "distinct" => ActorDecisionKind.Distinct,
        _ => throw new StoreException($"the store holds an unknown actor decision '{value}'"),
    };

    /// <summary>The column value for a reliability grade: its letter.</summary>
    public static string Grade(ReliabilityGrade grade) =>
        Enum.IsDefined(grade) ? grade.ToString() : throw new ArgumentOutOfRangeException(nameof(grade), grade, null);

    /// <summary>The reliability grade for a column value.</summary>
    /// <exception cref="StoreException">The value is not a grade letter.</exception>
    public static ReliabilityGrade ParseGrade(string value) =>
        value.Length == 1 && Enum.TryParse<ReliabilityGrade>(value, ignoreCase: false, out var grade) && Enum.IsDefined(grade)
            ? grade
            : throw new StoreException($"the store holds an unknown reliability grade '{value}'");
}
