namespace Rapport.Reports.Briefs;

/// <summary>
/// Where a piece of a brief comes from: a stored fact's handle (<c>statement:3f2a9c1d7e4b@720</c>), the document's
/// title and the span. Every item of a brief carries one, so a reader can go back to the exact words.
/// </summary>
/// <param name="Handle">The fact's stable handle, as <c>rapport facts</c> prints it.</param>
/// <param name="DocumentId">The full id of the document (SHA-256 of its text).</param>
/// <param name="DocumentTitle">The document's title.</param>
/// <param name="Start">Where the span starts in the document's text.</param>
/// <param name="End">Where it ends (exclusive).</param>
public sealed record EvidenceRef(string Handle, string DocumentId, string DocumentTitle, int Start, int End)
{
    /// <summary>The short form printed in briefs: the handle.</summary>
    public override string ToString() => Handle;
}
