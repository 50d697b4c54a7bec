namespace Rapport.Reports.Briefs;

/// <summary>
/// One block of a brief's outline. The outline fixes a brief's structure once, so the DOCX and PDF writers cannot
/// drift apart in what they say or in what order; they differ only in how they draw it.
/// </summary>
internal abstract record OutlineBlock;

/// <summary>A heading; level 1 is the title, 2 a section, 3 a subsection.</summary>
/// <param name="Level">1 to 3.</param>
/// <param name="Text">The heading, verbatim.</param>
internal sealed record HeadingBlock(int Level, string Text) : OutlineBlock;

/// <summary>A paragraph of mixed emphasis.</summary>
/// <param name="Spans">Its runs, in order.</param>
/// <param name="Role">What it is for.</param>
internal sealed record ParagraphBlock(IReadOnlyList<OutlineSpan> Spans, OutlineRole Role = OutlineRole.Body) : OutlineBlock;

/// <summary>A bulleted or numbered list; each item is one paragraph.</summary>
/// <param name="Numbered">Whether the order is the point (a ranking) rather than a mere collection.</param>
/// <param name="Items">The items' runs.</param>
internal sealed record ListBlock(bool Numbered, IReadOnlyList<IReadOnlyList<OutlineSpan>> Items) : OutlineBlock;

/// <summary>A table whose first row is a header, with plain-text cells.</summary>
/// <param name="Caption">What the table shows, printed above it.</param>
/// <param name="Header">The column names.</param>
/// <param name="Rows">The rows; each has as many cells as the header.</param>
internal sealed record TableBlock(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : OutlineBlock;

/// <summary>A chart, given as the SVG the brief carries.</summary>
/// <param name="Svg">The self-contained SVG document.</param>
/// <param name="Caption">The figure's caption and alternative text.</param>
internal sealed record ChartBlock(string Svg, string Caption) : OutlineBlock;

/// <summary>
/// Paragraphs that belong together, such as a statement's speaker line, quote and sources: kept on one page when
/// they fit, so a reader never finds a quote on one page and whose it is on the next.
/// </summary>
/// <param name="Paragraphs">The paragraphs, in order.</param>
internal sealed record KeepTogetherBlock(IReadOnlyList<ParagraphBlock> Paragraphs) : OutlineBlock;
