namespace Rapport.Model;

/// <summary>Reported or quoted speech by an actor.</summary>
/// <param name="Speaker">Who spoke.</param>
/// <param name="SpeakerRole">The speaker's role at the time, when the text gives it.</param>
/// <param name="Organization">The organisation the speaker spoke for.</param>
/// <param name="Content">The reported speech itself.</param>
/// <param name="Date">The date of the speech: as stated, else the citation's, else unknown.</param>
/// <param name="Citations">The references that close it.</param>
/// <param name="Topics">Topic labels.</param>
/// <param name="Provenance">The whole statement's span and rule.</param>
public sealed record Statement(
    ActorRef Speaker,
    string? SpeakerRole,
    ActorRef? Organization,
    Span Content,
    PartialDate Date,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Topics,
    Provenance Provenance);
