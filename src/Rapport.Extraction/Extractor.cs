using Rapport.Extraction.Gazetteers;
using Rapport.Extraction.Lexicons;
using Rapport.Model;

namespace Rapport.Extraction;

/// <summary>
/// Rapport's extraction entry point: reads actors, statements, meetings, support claims and assessments from a
/// report's text. Rule-based and deterministic; every fact points back into the original text and names its rule.
/// </summary>
public sealed class Extractor
{
    private static readonly Lazy<Extractor> LazyDefault = new(() => new Extractor(GazetteerLoader.LoadDefault(), Lexicon.Load()));

    /// <summary>Creates an extractor over the given gazetteer and lexicon.</summary>
    public Extractor(Gazetteer gazetteer, Lexicon lexicon)
    {
        Gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    /// <summary>An extractor over the default gazetteers and lexicons shipped in <c>data/</c>, loaded once.</summary>
    public static Extractor Default => LazyDefault.Value;

    /// <summary>The known actors.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>The word lists the rules read.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Extracts with the default gazetteers and lexicons.</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="documentDate">When it was published; anchors relative dates ("on Tuesday"). May be unknown.</param>
    public static ExtractionResult Extract(DocumentId id, string text, PartialDate documentDate) =>
        Default.Run(id, text, documentDate);

    /// <summary>Extracts from one document.</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="documentDate">When it was published; anchors relative dates. May be unknown.</param>
    public ExtractionResult Run(DocumentId id, string text, PartialDate documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DocumentRun(this, id, text, documentDate).Execute();
    }
}
