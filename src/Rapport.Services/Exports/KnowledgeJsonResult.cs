namespace Rapport.Services.Exports;

/// <summary>What <c>rapport import json</c> brought in.</summary>
/// <param name="DocumentsAdded">Documents stored, with their facts, actors and events.</param>
/// <param name="DocumentsPresent">Documents the store already held (left as they were).</param>
/// <param name="EventsAdded">Events from event data (not tied to a document) stored.</param>
/// <param name="DecisionsAdded">Actor decisions appended to the log (those already in it are skipped).</param>
/// <param name="Grades">Outlet grades set.</param>
public sealed record KnowledgeJsonResult(int DocumentsAdded, int DocumentsPresent, int EventsAdded, int DecisionsAdded, int Grades);
