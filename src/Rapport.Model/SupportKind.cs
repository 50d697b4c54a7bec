namespace Rapport.Model;

/// <summary>The kinds of support that flow between actors, as the field distinguishes them.</summary>
public enum SupportKind
{
    /// <summary>Support of an unspecified kind.</summary>
    General,

    /// <summary>Weapons, rockets, missiles and materiel.</summary>
    Weapons,

    /// <summary>Money.</summary>
    Funds,

    /// <summary>Technological know-how for making weapons.</summary>
    KnowHow,

    /// <summary>Training of operatives.</summary>
    Training,

    /// <summary>Political backing.</summary>
    Political,

    /// <summary>Media and propaganda support.</summary>
    Media,
}
