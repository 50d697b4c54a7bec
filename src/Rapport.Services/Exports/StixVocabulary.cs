using Rapport.Model;

namespace Rapport.Services.Exports;

/// <summary>
/// The relationship types Rapport writes for what STIX has no word for — meetings and kinds of support — with the
/// plain verb each stands for. STIX allows custom relationship types; consumers that want only the specification's
/// vocabulary get <c>related-to</c> with the verb in the description (<c>--strict</c>).
/// </summary>
public static class StixVocabulary
{
    /// <summary>The specification's generic relationship type.</summary>
    public const string RelatedTo = "related-to";

    /// <summary>The relationship type and verb of a meeting kind (<c>visit</c>, <c>meeting</c>, <c>phone call</c>, <c>ceremony</c>).</summary>
    public static (string Type, string Verb) Meeting(string? kind) => kind switch
    {
        "visit" => ("x-visited", "visited"),
        "phone call" => ("x-called", "had a phone call with"),
        "ceremony" => ("x-attended-ceremony-with", "attended a ceremony with"),
        _ => ("x-met-with", "met with"),
    };

    /// <summary>The relationship type and verb of a kind of support.</summary>
    public static (string Type, string Verb) Support(SupportKind kind) => kind switch
    {
        SupportKind.Weapons => ("x-provides-weapons-to", "provides weapons to"),
        SupportKind.Funds => ("x-provides-funds-to", "provides funds to"),
        SupportKind.KnowHow => ("x-provides-know-how-to", "provides know-how to"),
        SupportKind.Training => ("x-provides-training-to", "provides training to"),
        SupportKind.Political => ("x-provides-political-support-to", "provides political support to"),
        SupportKind.Media => ("x-provides-media-support-to", "provides media support to"),
        _ => ("x-supports", "supports"),
    };
}
