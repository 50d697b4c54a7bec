using Rapport.Extraction.Actors;
using Rapport.Extraction.Citations;
using Rapport.Model;

namespace Rapport.Extraction.Statements;

/// <summary>A statement record being assembled from consecutive sentences until a citation closes it.</summary>
internal sealed class StatementDraft(DocActor speaker, int start, int contentStart, int blockIndex)
{
    public DocActor Speaker { get; } = speaker;

    public int Start { get; set; } = start;

    public int End { get; set; } = contentStart;

    public int ContentStart { get; } = contentStart;

    public int ContentEnd { get; set; } = contentStart;

    public int FirstBlock { get; } = blockIndex;

    public int LastBlock { get; set; } = blockIndex;

    public PartialDate StatedDate { get; set; }

    /// <summary>The date its paragraph last told before it, for a statement that neither states a date nor cites.</summary>
    public PartialDate ContextDate { get; set; }

    /// <summary>The day the text had last told before it (across paragraphs), for an uncited statement with no date of its own.</summary>
    public PartialDate NarrativeDate { get; set; }

    public List<(CitedOutlet Outlet, int Start, int End)> Citations { get; } = [];

    public bool Closed { get; set; }

    public string? Role { get; set; }

    public DocActor? Organization { get; set; }
}
