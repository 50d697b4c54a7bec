namespace Rapport.Model;

/// <summary>A source document in the knowledge base: its normalised text and what is known of where it came from.</summary>
/// <param name="Id">SHA-256 of <paramref name="Text"/>.</param>
/// <param name="Title">The document's title, or its file name when it has none.</param>
/// <param name="Origin">The path or URL it was read from.</param>
/// <param name="Publisher">Who published it, when known.</param>
/// <param name="PublishedOn">When it was published, to whatever precision is known.</param>
/// <param name="Language">BCP 47 language tag, "und" when undetermined.</param>
/// <param name="Format">The format it was read from.</param>
/// <param name="Text">The normalised text every span points into.</param>
/// <param name="IngestedAt">When it entered the knowledge base.</param>
public sealed record Document(
    DocumentId Id,
    string Title,
    string Origin,
    string? Publisher,
    PartialDate PublishedOn,
    string Language,
    DocumentFormat Format,
    string Text,
    DateTimeOffset IngestedAt);
