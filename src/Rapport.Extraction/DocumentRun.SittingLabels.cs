using Rapport.Extraction.Actors;
using Rapport.Extraction.Names;
using Rapport.Extraction.Text;
using Rapport.Model;

namespace Rapport.Extraction;

/// <summary>
/// The speaker labels of a sitting's verbatim record, as parliaments and assemblies print them: the speaker's name, perhaps
/// a description after a comma, a full stop and a dash ("Jane Doe, on behalf of the X Group. – Madam President, …",
/// "Karl Rassendyll, Member of the Commission. – …", "President. – …").
/// </summary>
internal sealed partial class DocumentRun
{
    // "Josep Borrell Fontelles, Vice-President of the Commission / High Representative of the Union for …": how long a
    // description after the name may run before its stop and dash.
    private const int MaxSittingDescription = 220;

    /// <summary>The label opening <paramref name="block"/> and the person it names (null for the chair's office); null when none.</summary>
    private (int End, DocActor? Speaker)? SittingLabel(Block block)
    {
        var head = T.AsSpan(block.Start, Math.Min(block.End - block.Start, MaxSittingDescription + 80)).ToString();
        var m = SittingLabelPattern().Match(head);
        if (!m.Success)
        {
            return null;
        }

        var end = block.Start + m.Length;
        var name = m.Groups["name"].Value;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // "President. –", "The President. –": the chair speaks, in an office and not in a name.
        if (words.All(w => w == "The" || IsTitleWord(w.ToLowerInvariant())))
        {
            return m.Groups["desc"].Success ? null : (end, null);
        }

        // A name: two to five capitalised words, none of them a role or a body's word ("European Council. – …" is no speaker).
        if (words.Length < 2 || words.Any(w => IsTitleWord(w.ToLowerInvariant()) || _extractor.Lexicon.InstitutionWords.Contains(w.ToLowerInvariant())))
        {
            return null;
        }

        var parts = NameKey.Parts(name);
        var speaker = _actors.All.FirstOrDefault(a => a.Kind == ActorKind.Person && a.FirstStart >= 0 && a.NameParts.SequenceEqual(parts))
                      ?? _actors.BySurname(parts)
                      ?? _actors.Discovered(name, ActorKind.Person);
        speaker.Saw(name, block.Start);
        return (end, speaker);
    }

    // After normalisation every dash is "-". The name's words may hold particles ("Pascual Navarro Ríos", "Viola von Cramon-Taubadel").
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<name>[A-Z][\p{L}'.-]*(?:\s+(?:[A-Z][\p{L}'.-]*|von|van|de|da|del|der|di|la|le|bin|al)){0,5})(?:,\s+(?<desc>[^\n]{2,220}?))?\.\s+-\s")]
    private static partial System.Text.RegularExpressions.Regex SittingLabelPattern();
}
