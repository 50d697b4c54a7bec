namespace Rapport.Analysis.EventData;

/// <summary>The four quad classes GDELT groups CAMEO roots into.</summary>
public enum QuadClass
{
    /// <summary>Roots 01–05: statements, appeals, intents, consultation, diplomatic cooperation.</summary>
    VerbalCooperation = 1,

    /// <summary>Roots 06–09: material cooperation, aid, yielding, investigation.</summary>
    MaterialCooperation = 2,

    /// <summary>Roots 10–14: demands, disapproval, rejection, threats, protest.</summary>
    VerbalConflict = 3,

    /// <summary>Roots 15–20: force posture, reduced relations, coercion, assault, fighting, mass violence.</summary>
    MaterialConflict = 4,
}
