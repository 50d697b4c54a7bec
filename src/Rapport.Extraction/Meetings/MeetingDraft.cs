using Rapport.Extraction.Actors;
using Rapport.Extraction.Citations;
using Rapport.Model;

namespace Rapport.Extraction.Meetings;

/// <summary>A meeting being assembled: later sentences may add participants ("Other participants were…") or citations.</summary>
internal sealed class MeetingDraft(MeetingKind kind, int start, int end, int blockIndex, RuleRef rule)
{
    public MeetingKind Kind { get; set; } = kind;

    public int Start { get; set; } = start;

    public int End { get; set; } = end;

    public int Block { get; set; } = blockIndex;

    public RuleRef Rule { get; } = rule;

    public PartialDate StatedDate { get; set; }

    /// <summary>For a meeting with no date of its own and no citation: the date its paragraph (or, uncited, the text) last told.</summary>
    public PartialDate ContextDate { get; set; }

    /// <summary>The date of the chronology entry the meeting is told in, which outranks the date of its citation.</summary>
    public PartialDate EntryDate { get; set; }

    public string? Location { get; set; }

    public List<Participant> SideA { get; } = [];

    public List<Participant> SideB { get; } = [];

    public List<(CitedOutlet Outlet, int Start, int End)> Citations { get; } = [];

    /// <summary>True while it waits for the next citation of its block (or of the statement it is reported in).</summary>
    public bool AwaitingCitation { get; set; } = true;

    public StatementDraftRef? ReportedIn { get; set; }

    public bool Shares(IEnumerable<Participant> others) =>
        others.Any(o => o.Actor is not null && SideA.Concat(SideB).Any(p => p.Actor is not null && p.Actor.Id == o.Actor.Id));
}

/// <summary>A participant: a resolved actor or, for unnamed groups ("members of the delegation"), a description.</summary>
/// <param name="Actor">The actor, or null for a description.</param>
/// <param name="Description">The description, when not an actor.</param>
internal sealed record Participant(DocActor? Actor, string? Description)
{
    public string Name => Actor?.Name ?? Description ?? string.Empty;
}

/// <summary>Identity of the statement a meeting is reported in.</summary>
/// <param name="Draft">The statement draft.</param>
internal sealed record StatementDraftRef(Statements.StatementDraft Draft);
