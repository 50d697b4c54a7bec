using Rapport.Model;

namespace Rapport.Extraction;

/// <summary>Everything read from one document.</summary>
/// <param name="Document">The document's id.</param>
/// <param name="DocumentDate">The date the document was published, as given to the extractor.</param>
/// <param name="Text">The original text every span points into.</param>
/// <param name="Actors">Actors named.</param>
/// <param name="Statements">Reported speech.</param>
/// <param name="Meetings">Visits, meetings, phone calls and ceremonies.</param>
/// <param name="Support">Support claims.</param>
/// <param name="Assessments">The author's estimative judgements.</param>
/// <param name="Warnings">Things the extractor could not read, such as impossible dates.</param>
public sealed record ExtractionResult(
    DocumentId Document,
    PartialDate DocumentDate,
    string Text,
    IReadOnlyList<ExtractedActor> Actors,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<SupportClaim> Support,
    IReadOnlyList<Assessment> Assessments,
    IReadOnlyList<string> Warnings);
