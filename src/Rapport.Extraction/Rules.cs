using Rapport.Model;

namespace Rapport.Extraction;

/// <summary>The names and versions of the extraction rules, recorded in every fact's provenance.</summary>
public static class Rules
{
    /// <summary>Speech introduced by a speaker and a reporting verb ("X said that…", "according to X").</summary>
    public static readonly RuleRef StatementReported = new("statement.reported-speech", 1);

    /// <summary>A meeting, talk or phone call read from a verb or noun ("met with", "a meeting of … with").</summary>
    public static readonly RuleRef MeetingEncounter = new("meeting.encounter", 1);

    /// <summary>A visit read from "visited" or "arrived in".</summary>
    public static readonly RuleRef MeetingVisit = new("meeting.visit", 1);

    /// <summary>A ceremony attended ("participated in the swearing in").</summary>
    public static readonly RuleRef MeetingCeremony = new("meeting.ceremony", 1);

    /// <summary>A meeting shown in a photo caption.</summary>
    public static readonly RuleRef MeetingCaption = new("meeting.caption", 1);

    /// <summary>A parenthetical citation recognised by its shape.</summary>
    public static readonly RuleRef Citation = new("citation.parenthetical", 1);

    /// <summary>A support claim ("Iranian military support for X", "X provides Y with Z").</summary>
    public static readonly RuleRef Support = new("support.claim", 1);

    /// <summary>An author's judgement carried by an estimative expression.</summary>
    public static readonly RuleRef Assessment = new("assessment.estimative", 1);

    /// <summary>An actor named in the text, from a gazetteer or discovered from a title or apposition.</summary>
    public static readonly RuleRef Actor = new("actor.mention", 1);
}
