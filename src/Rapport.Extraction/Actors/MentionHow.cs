namespace Rapport.Extraction.Actors;

/// <summary>How a mention names its actor.</summary>
internal enum MentionHow
{
    Name,
    Alias,
    Abbreviation,
    Demonym,
    Metonym,
    Surname,
    Pronoun,
    RoleReference,
    Discovered,
    OrganizationPart,
}
