using Rapport.Model;

namespace Rapport.Extraction.Gazetteers;

/// <summary>A person's time-bounded tie to an organisation or state, as a gazetteer records it.</summary>
/// <param name="OrganizationId">The id of the organisation, unit or state.</param>
/// <param name="Role">The role; null for plain membership.</param>
/// <param name="Validity">When the tie held.</param>
public sealed record GazetteerAffiliation(string OrganizationId, string? Role, DateInterval Validity);
