using System.Text;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Writes a brief as CommonMark. Document text is backslash-escaped so that it renders as the words it is, never as
/// emphasis, links, headings or raw HTML; charts are left out (Markdown cannot hold them self-contained) and named.
/// </summary>
public sealed class MarkdownBriefWriter : IBriefWriter
{
    private const string Special = "\\`*_{}[]<>&|~";

    /// <inheritdoc />
    public string Extension => "md";

    /// <inheritdoc />
    public Task WriteAsync(Brief brief, Stream output, CancellationToken cancellationToken = default) =>
        BriefStreams.WriteAsync(brief, Build, output, cancellationToken);

    /// <summary>The whole Markdown document as a string.</summary>
    public static string Render(Brief brief) => Build(brief).ToString();

    private static StringBuilder Build(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var m = new StringBuilder();
        var o = brief.Overview;
        m.Append("# ").Append(E(brief.Header.Title)).Append("\n\n").Append(E(BriefText.Dyad(brief.Header))).Append("\n\n").Append(E(BriefText.Corpus(brief.Header.Corpus))).Append("\n\n");

        m.Append("## Overview\n\n### Trend\n\n");
        Drafted(m, o.Trend, BriefText.NoTrend);
        m.Append("*The dyad chart is in the HTML, DOCX and PDF briefs.*\n\n### Activity by period\n\n");
        if (o.Activity.Count > 0)
        {
            m.Append("| Period | Visits | Meetings | Calls | Ceremonies | Statements |\n|---|---:|---:|---:|---:|---:|\n");
            foreach (var a in o.Activity)
            {
                m.Append("| ").Append(E(a.Period)).Append(" | ").Append(a.Visits).Append(" | ").Append(a.Meetings).Append(" | ").Append(a.Calls).Append(" | ").Append(a.Ceremonies).Append(" | ").Append(a.Statements).Append(" |\n");
            }

            m.Append('\n');
        }
        else
        {
            m.Append("No visits, meetings or statements in the period.\n\n");
        }

        m.Append("### Areas of support\n\n");
        Drafted(m, o.Support, BriefText.NoSupport);
        m.Append("### Assessments\n\n");
        foreach (var a in o.Assessments)
        {
            Quote(m, a.Text);
            m.Append("Estimative expression “").Append(E(a.Expression)).Append("”: ").Append(E(a.Level)).Append(". ").Append(Ref(a.Evidence)).Append("\n\n");
        }

        m.Append("## Areas of support\n\n");
        foreach (var s in brief.AreasOfSupport)
        {
            m.Append("### ").Append(E(s.Heading)).Append("\n\n").Append(E(s.Strength)).Append("\n\n");
            foreach (var i in s.Items)
            {
                m.Append("- **").Append(E(i.Supporter)).Append(" → ").Append(E(i.Recipient)).Append("**, ").Append(E(BriefText.Date(i.Date)));
                m.Append(i.Speaker is null ? string.Empty : ", as said by " + E(i.Speaker)).Append(": “").Append(E(Line(i.Text))).Append("” Sources: ")
                    .Append(E(BriefText.Outlets(i.Outlets))).Append(". Credibility: ").Append(E(i.Credibility)).Append(". ").Append(Ref(i.Evidence)).Append('\n');
            }

            m.Append(s.Items.Count > 0 ? "\n" : string.Empty);
        }

        if (brief.Hypotheses is { } h)
        {
            m.Append("## Hypotheses\n\n");
            foreach (var x in h.Hypotheses)
            {
                m.Append("- **").Append(E(x.Id)).Append("**: ").Append(E(x.Statement)).Append('\n');
            }

            m.Append("\n| Evidence | Description | Credibility | ").Append(string.Join(" | ", h.Hypotheses.Select(x => E(x.Id)))).Append(" |\n|---|---|---|")
                .Append(string.Concat(h.Hypotheses.Select(_ => "---|"))).Append('\n');
            foreach (var r in h.Rows)
            {
                m.Append("| ").Append(E(r.Id)).Append(" | ").Append(E(Line(r.Evidence))).Append(' ').Append(Ref(r.Source)).Append(" | ").Append(E(r.Credibility)).Append(" | ")
                    .Append(string.Join(" | ", r.Marks.Select(mark => E(mark)))).Append(" |\n");
            }

            m.Append("\nRanking, least inconsistent first:\n\n");
            for (var i = 0; i < h.Ranking.Count; i++)
            {
                m.Append(i + 1).Append(". ").Append(E(h.Ranking[i])).Append('\n');
            }

            m.Append('\n');
        }

        m.Append("## ").Append(E(BriefText.AppendixA)).Append("\n\n");
        foreach (var g in brief.Statements)
        {
            m.Append("### ").Append(E(g.Organization)).Append("\n\n");
            foreach (var s in g.Statements)
            {
                m.Append("**").Append(E(s.Speaker)).Append("**").Append(string.IsNullOrWhiteSpace(s.Role) ? string.Empty : ", " + E(s.Role)).Append(" — ").Append(E(BriefText.Date(s.Date))).Append("\n\n");
                Quote(m, s.Text);
                m.Append("Sources: ").Append(E(BriefText.Outlets(s.Citations))).Append(". ");
                m.Append(s.Topics.Count > 0 ? "Topics: " + E(string.Join(", ", s.Topics)) + ". " : string.Empty).Append(Ref(s.Evidence)).Append("\n\n");
            }
        }

        m.Append("## ").Append(E(BriefText.AppendixB)).Append("\n\n");
        if (brief.Meetings.Count > 0)
        {
            m.Append("| Date | Kind | Side A | Side B | Place | Sources | Evidence |\n|---|---|---|---|---|---|---|\n");
            foreach (var x in brief.Meetings)
            {
                m.Append("| ").Append(E(BriefText.Date(x.Date))).Append(" | ").Append(E(x.Kind)).Append(" | ").Append(E(BriefText.Names(x.SideA))).Append(" | ").Append(E(BriefText.Names(x.SideB)))
                    .Append(" | ").Append(E(x.Location ?? "—")).Append(" | ").Append(E(BriefText.Outlets(x.Citations))).Append(" | ").Append(Ref(x.Evidence)).Append(" |\n");
            }

            m.Append('\n');
        }

        m.Append("## Sources\n\n| Outlet | Reliability | Documents |\n|---|---|---|\n");
        foreach (var s in brief.Sources)
        {
            m.Append("| ").Append(E(s.Outlet)).Append(" | ").Append(E(s.Grade)).Append(" | ").Append(E(string.Join("; ", s.Documents))).Append(" |\n");
        }

        m.Append("\nSentences marked *").Append(BriefText.MachineDrafted).Append("* were written by Rapport from the facts they cite; everything else is quoted from the documents.\n");
        return m;
    }

    private static void Drafted(StringBuilder m, IReadOnlyList<DraftedSentence> sentences, string none)
    {
        if (sentences.Count == 0)
        {
            m.Append(E(none)).Append("\n\n");
        }

        foreach (var s in sentences)
        {
            m.Append("> *").Append(BriefText.MachineDrafted).Append(":* ").Append(E(s.Text)).Append(" `").Append(BriefText.Evidence(s.Evidence).Replace('`', '\'')).Append("`\n\n");
        }
    }

    private static void Quote(StringBuilder m, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            m.Append("> ").Append(E(line.TrimEnd('\r'), lineStart: true)).Append('\n');
        }

        m.Append('\n');
    }

    private static string Ref(EvidenceRef evidence) => "`" + BriefText.Handle(evidence).Replace('`', '\'') + "`";

    private static string Line(string text) => text.ReplaceLineEndings(" ");

    // Punctuation CommonMark reads anywhere in a line is escaped (emphasis, code, links, raw HTML, entities, table
    // pipes; braces for template engines that read Markdown). What only matters at the start of a line (lists,
    // headings, setext underlines) is escaped there: quoted lines start a line inside a block quote.
    private static string E(string? text, bool lineStart = false)
    {
        var line = (text ?? string.Empty).ReplaceLineEndings(" ");
        if (lineStart)
        {
            line = line.TrimStart();
        }

        var s = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                s.Append('\\');
            }

            s.Append(c);
        }

        if (lineStart && line.Length > 0 && ("-+#=".Contains(line[0], StringComparison.Ordinal) || StartsOrderedList(line)))
        {
            s.Insert(line.TakeWhile(char.IsAsciiDigit).Count(), '\\');
        }

        return s.ToString();
    }

    private static bool StartsOrderedList(string text)
    {
        var digits = text.TakeWhile(char.IsAsciiDigit).Count();
        return digits is > 0 and < 10 && digits < text.Length && text[digits] is '.' or ')';
    }
}
