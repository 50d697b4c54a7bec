using Rapport.Extraction.Actors;

namespace Rapport.Extraction.Statements;

/// <summary>A reporting verb with its speaker in a sentence.</summary>
/// <param name="Verb">Index of the verb (or of "according").</param>
/// <param name="Speaker">The speaker's mention.</param>
/// <param name="ContentStart">Index of the first token of the reported speech.</param>
/// <param name="ContentEnd">Index after the last token of the reported speech when it ends before the attribution
/// ('"…," X told reporters'); null when it runs to the end of the sentence.</param>
internal sealed record SpeechEvent(int Verb, Mention Speaker, int ContentStart, int? ContentEnd = null);
