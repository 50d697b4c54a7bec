namespace Rapport.Model;

/// <summary>An actor's role in an organisation over a period ("deputy head of the political bureau").</summary>
/// <param name="Member">Who holds the role.</param>
/// <param name="Organization">The organisation, unit or state.</param>
/// <param name="Role">The role as the field words it; null for plain membership.</param>
/// <param name="Validity">When the role held; open ends when unknown.</param>
/// <param name="KnownAt">The date of the document that shows the role, when it was discovered in text.</param>
public sealed record Affiliation(ActorId Member, ActorId Organization, string? Role, DateInterval Validity, PartialDate KnownAt = default);
