using Rapport.Model;

namespace Rapport.Extraction.Actors;

/// <summary>A resolved mention of an actor in a sentence.</summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Last">Index one past its last token.</param>
/// <param name="Start">Offset of its first character in the normalised text.</param>
/// <param name="End">Offset one past its last character.</param>
/// <param name="Actor">The document actor it names.</param>
/// <param name="How">Whether by name, alias, surname, pronoun…</param>
/// <param name="AntecedentStart">For a pronoun or role reference, where its antecedent was named; else <paramref name="Start"/>.</param>
internal sealed record Mention(int First, int Last, int Start, int End, DocActor Actor, MentionHow How, int AntecedentStart)
{
    public ActorKind Kind => Actor.Kind;

    public bool IsPerson => Actor.Kind == ActorKind.Person;
}
