namespace Rapport.Reports.Briefs;

/// <summary>What a paragraph is for, so each format can give quotes and notes their own look.</summary>
internal enum OutlineRole
{
    /// <summary>Running text.</summary>
    Body,

    /// <summary>A document's words, quoted.</summary>
    Quote,

    /// <summary>Sources, topics and handles under an item: reference matter in a smaller size.</summary>
    Note,

    /// <summary>The caption of a table or chart.</summary>
    Caption,
}
