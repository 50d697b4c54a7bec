using DocumentFormat.OpenXml.Wordprocessing;

namespace Rapport.Reports.Briefs;

/// <summary>
/// The DOCX brief's list definitions: one bullet list and one decimal list, which the ListBullet and ListNumber
/// styles point at. Word lists are numbering definitions, not characters typed into the text, so they stay lists
/// when the analyst edits or restyles them.
/// </summary>
internal static class DocxNumbering
{
    /// <summary>The numbering instance of bulleted lists (all bullet lists can share it: bullets do not count).</summary>
    public const int BulletId = 1;

    /// <summary>The numbering instance the ListNumber style points at.</summary>
    public const int DecimalId = 2;

    private const int BulletAbstractId = 0;
    private const int DecimalAbstractId = 1;

    /// <summary>A new numbering part's content with the two list definitions.</summary>
    public static Numbering Create() => new(
        Abstract(BulletAbstractId, NumberFormatValues.Bullet, "•"),
        Abstract(DecimalAbstractId, NumberFormatValues.Decimal, "%1."),
        new NumberingInstance(new AbstractNumId { Val = BulletAbstractId }) { NumberID = BulletId },
        new NumberingInstance(new AbstractNumId { Val = DecimalAbstractId }) { NumberID = DecimalId });

    /// <summary>
    /// Adds a numbering instance that restarts at 1 and returns its id: each numbered list needs its own, or Word
    /// would continue counting from the previous list.
    /// </summary>
    public static int AddRestartedDecimal(Numbering numbering)
    {
        ArgumentNullException.ThrowIfNull(numbering);
        var id = numbering.Elements<NumberingInstance>().Max(n => n.NumberID?.Value ?? 0) + 1;
        numbering.Append(new NumberingInstance(
            new AbstractNumId { Val = DecimalAbstractId },
            new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
        {
            NumberID = id,
        });
        return id;
    }

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text) => new(
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
        {
            LevelIndex = 0,
        })
    {
        AbstractNumberId = id,
    };
}
