using Rapport.Extraction.Actors;
using Rapport.Extraction.Names;
using Rapport.Extraction.Text;
using Rapport.Model;

namespace Rapport.Extraction;

/// <summary>
/// The speaker labels of a sitting's verbatim record, as parliaments and assemblies print them: the speaker's name, perhaps
/// a description after a comma, a full stop and a dash ("Jane Doe, on behalf of the X Group. – Madam President, …", or a
/// colon, as briefing transcripts print them: "Shri Jane Doe, Official Spokesperson: …",
/// "Karl Rassendyll, Member of the Commission. – …", "President. – …").
/// </summary>
internal sealed partial class DocumentRun
{
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "after", "before", "during", "earlier", "later", "meanwhile", "however", "speaking", "asked", "the", "this", "that",
        "since", "from", "for", "with", "when", "while", "following", "today", "yesterday",
    };

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
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

        // "Shri Randhir Jaiswal, Official Spokesperson:": a form of address before the name is no part of it.
        var address = 0;
        while (address < words.Count - 1 && _extractor.Lexicon.HonorificLength(k => k == 0 ? words[address].ToLowerInvariant().TrimEnd('.') : string.Empty, 0) > 0)
        {
            address++;
        }

        if (address > 0)
        {
            words = words[address..];
            name = string.Join(' ', words);
        }

        // A colon closes a label only with its description: "Name, role:" (a bare "Name:" is another form's).
        // Prose may open the same way ("In Tehran, President X told reporters: …"): the description must be an office and
        // nothing else, short, with a role and no verb.
        if (m.Groups["colon"].Success)
        {
            var desc = m.Groups["desc"].Success ? m.Groups["desc"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (desc.Length is 0 or > 8 || !desc.Any(w => IsTitleWord(w.ToLowerInvariant().Trim(',')))
                || desc.Any(w => _extractor.Lexicon.VerbEvent(w.ToLowerInvariant()) is not null))
            {
                return null;
            }
        }

        // "In Tehran, …", "After the talks, …": an adverbial is no name.
        if (SentenceOpeners.Contains(words[0].ToLowerInvariant()))
        {
            return null;
        }

        // "President. –", "The President. –": the chair speaks, in an office and not in a name.
        if (words.All(w => w == "The" || IsTitleWord(w.ToLowerInvariant())))
        {
            return m.Groups["desc"].Success ? null : (end, null);
        }

        // A name: two to five capitalised words, none of them a role or a body's word ("European Council. – …" is no speaker).
        if (words.Count < 2 || words.Any(w => IsTitleWord(w.ToLowerInvariant()) || _extractor.Lexicon.InstitutionWords.Contains(w.ToLowerInvariant())))
        {
            return null;
        }

        var parts = NameKey.Parts(name);
        var speaker = _actors.ExactPerson(parts)
                      ?? _actors.BySurname(parts)
                      ?? _actors.Discovered(name, ActorKind.Person);
        speaker.Saw(name, block.Start);
        return (end, speaker);
    }

    // After normalisation every dash is "-". The name's words may hold particles ("Pascual Navarro Ríos", "Viola von Cramon-Taubadel").
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<name>[A-Z][\p{L}'.-]*(?:\s+(?:[A-Z][\p{L}'.-]*|von|van|de|da|del|der|di|la|le|bin|al)){0,5})(?:,\s+(?<desc>[^\n]{2,220}?))?(?:\.\s+-|(?<colon>:))\s")]
    private static partial System.Text.RegularExpressions.Regex SittingLabelPattern();
}
