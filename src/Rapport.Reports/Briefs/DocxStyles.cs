using DocumentFormat.OpenXml.Wordprocessing;

namespace Rapport.Reports.Briefs;

/// <summary>
/// The DOCX brief's style sheet. Headings and lists use Word's built-in style ids (Heading1–3, ListBullet,
/// ListNumber, Quote, Caption, Strong), so the navigation pane, the table of contents and screen readers see the
/// brief's structure, and an analyst can restyle the whole brief from Word's Styles pane.
/// </summary>
internal static class DocxStyles
{
    /// <summary>The heading style id for levels 1 to 3.</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Quoted document text.</summary>
    public const string Quote = "Quote";

    /// <summary>Captions of tables and figures.</summary>
    public const string Caption = "Caption";

    /// <summary>Reference matter under an item: sources, topics, handle.</summary>
    public const string Note = "BriefNote";

    /// <summary>Text in table cells: smaller, with no space after, so rows stay compact.</summary>
    public const string TableText = "BriefTableText";

    /// <summary>Bulleted list items.</summary>
    public const string ListBullet = "ListBullet";

    /// <summary>Numbered list items.</summary>
    public const string ListNumber = "ListNumber";

    /// <summary>Bold labels and names.</summary>
    public const string Strong = "Strong";

    /// <summary>The label in front of machine-drafted sentences: a named style, so it can be found and restyled.</summary>
    public const string MachineDrafted = "MachineDrafted";

    /// <summary>Evidence handles.</summary>
    public const string Evidence = "EvidenceHandle";

    /// <summary>The tables' style: thin borders and cell margins.</summary>
    public const string Table = "BriefTable";

    private const string HeadingColor = "1F3A5F";
    private const string MutedColor = "5F6368";
    private const string RuleColor = "B8BEC6";

    /// <summary>A new style sheet with every style the brief uses.</summary>
    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", EastAsia = "Calibri", ComplexScript = "Calibri" },
                new FontSize { Val = "21" },
                new FontSizeComplexScript { Val = "21" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new WidowControl(),
                new SpacingBetweenLines { After = "100", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", basedOn: null, isDefault: true, new StyleParagraphProperties(), new StyleRunProperties()),
        HeadingStyle(1, before: "240", after: "120", size: "36", rule: false),
        HeadingStyle(2, before: "360", after: "120", size: "28", rule: true),
        HeadingStyle(3, before: "240", after: "80", size: "23", rule: false),
        Paragraph(Quote, "Quote", "Normal", false,
            new StyleParagraphProperties(
                new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 12, Space = 8, Color = RuleColor }),
                new SpacingBetweenLines { After = "40" },
                new Indentation { Left = "567" }),
            new StyleRunProperties(new Italic(), new Color { Val = "333333" })),
        Paragraph(Caption, "caption", "Normal", false,
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "60", After = "80" }),
            new StyleRunProperties(new Bold(), new Color { Val = MutedColor }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })),
        Paragraph(Note, "Brief Note", "Normal", false,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "200" }, new Indentation { Left = "567" }),
            new StyleRunProperties(new Color { Val = MutedColor }, new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" })),
        Paragraph(TableText, "Brief Table Text", "Normal", false,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" })),
        Paragraph(ListBullet, "List Bullet", "Normal", false,
            new StyleParagraphProperties(
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = DocxNumbering.BulletId }),
                new SpacingBetweenLines { After = "60" },
                new ContextualSpacing()),
            new StyleRunProperties()),
        Paragraph(ListNumber, "List Number", "Normal", false,
            new StyleParagraphProperties(
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = DocxNumbering.DecimalId }),
                new SpacingBetweenLines { After = "60" },
                new ContextualSpacing()),
            new StyleRunProperties()),
        Character(Strong, "Strong", new StyleRunProperties(new Bold(), new BoldComplexScript())),
        Character(MachineDrafted, "Machine Drafted", new StyleRunProperties(new Bold(), new BoldComplexScript(), new Color { Val = "A04A00" })),
        Character(Evidence, "Evidence Handle", new StyleRunProperties(new Color { Val = MutedColor }, new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" })),
        TableStyle());

    private static Style HeadingStyle(int level, string before, string after, string size, bool rule)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new KeepLines());
        if (rule)
        {
            paragraph.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = RuleColor }));
        }

        paragraph.Append(
            new SpacingBetweenLines { Before = before, After = after },
            new OutlineLevel { Val = level - 1 });
        return Paragraph(Heading(level), "heading " + level.ToString(System.Globalization.CultureInfo.InvariantCulture), "Normal", false, paragraph,
            new StyleRunProperties(new Bold(), new BoldComplexScript(), new Color { Val = HeadingColor }, new FontSize { Val = size }, new FontSizeComplexScript { Val = size }));
    }

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
            style.Append(new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new PrimaryStyle(), paragraph, run);
        return style;
    }

    private static Style Character(string id, string name, StyleRunProperties run) =>
        new(new StyleName { Val = name }, new PrimaryStyle(), run) { Type = StyleValues.Character, StyleId = id };

    private static Style TableStyle() => new(
        new StyleName { Val = "Brief Table" },
        new PrimaryStyle(),
        new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = RuleColor },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = RuleColor },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = RuleColor },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = RuleColor },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = RuleColor },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = RuleColor }),
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
    {
        Type = StyleValues.Table,
        StyleId = Table,
    };
}
