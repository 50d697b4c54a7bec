using System.Net;
using System.Text;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Writes a brief as one self-contained HTML file: inline CSS and SVG, no scripts, no network, a Content-Security-Policy
/// that forbids both, and every piece of document text HTML-encoded. It prints on A4 with one section per page break.
/// </summary>
public sealed class HtmlBriefWriter : IBriefWriter
{
    private const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1b1b1b}
        h1{font-size:1.7rem;border-bottom:2px solid #333;padding-bottom:.3rem}h2{margin-top:2.2rem;border-bottom:1px solid #999}
        .meta{color:#444}.drafted{border-left:4px solid #b58900;padding:.2rem .6rem;background:#fdf6e3}
        .drafted .label{font-size:.75rem;font-weight:bold;text-transform:uppercase;color:#b58900;margin-right:.4rem}
        .ev{font-family:monospace;font-size:.8rem;color:#555;overflow-wrap:anywhere}blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #ccc;white-space:pre-wrap}
        table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.6rem 0}th,td{border:1px solid #bbb;padding:.25rem .4rem;vertical-align:top;text-align:left}
        th{background:#eee}.chart svg{max-width:100%;height:auto}.statement{margin:.8rem 0}.none{color:#666;font-style:italic}
        @media print{body{max-width:none;margin:0}h2{break-before:page}table,figure,.statement{break-inside:avoid}}
        """;

    /// <inheritdoc />
    public string Extension => "html";

    /// <inheritdoc />
    public Task WriteAsync(Brief brief, Stream output, CancellationToken cancellationToken = default) =>
        BriefStreams.WriteAsync(brief, Build, output, cancellationToken);

    /// <summary>The whole HTML document as a string.</summary>
    public static string Render(Brief brief) => Build(brief).ToString();

    private static StringBuilder Build(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var h = new StringBuilder();
        var header = brief.Header;
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        h.Append("<meta name=\"generator\" content=\"Rapport\"><title>").Append(E(header.Title)).Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        h.Append("<header><h1>").Append(E(header.Title)).Append("</h1>");
        h.Append("<p class=\"meta\">").Append(E(BriefText.Dyad(header))).Append("</p>");
        h.Append("<p class=\"meta\">").Append(E(BriefText.Corpus(header.Corpus))).Append("</p></header>\n");

        Overview(h, brief);
        Support(h, brief.AreasOfSupport);
        if (brief.Hypotheses is { } hypotheses)
        {
            Hypotheses(h, hypotheses);
        }

        Statements(h, brief.Statements);
        Meetings(h, brief);
        Sources(h, brief.Sources);
        h.Append("</body></html>\n");
        return h;
    }

    private static void Overview(StringBuilder h, Brief brief)
    {
        var o = brief.Overview;
        h.Append("<section id=\"overview\"><h2>Overview</h2><h3>Trend</h3>");
        Drafted(h, o.Trend, BriefText.NoTrend);
        h.Append("<figure class=\"chart\" id=\"dyad-chart\">").Append(brief.Charts.DyadTimeline).Append("<figcaption>Events between the sides and the cooperation score by month; dashed lines mark turning points.</figcaption></figure>");
        h.Append("<h3>Activity by period</h3>");
        if (o.Activity.Count == 0)
        {
            h.Append("<p class=\"none\">No visits, meetings or statements in the period.</p>");
        }
        else
        {
            h.Append("<table><thead><tr><th>Period</th><th>Visits</th><th>Meetings</th><th>Calls</th><th>Ceremonies</th><th>Statements</th></tr></thead><tbody>");
            foreach (var a in o.Activity)
            {
                h.Append("<tr><td>").Append(E(a.Period)).Append("</td><td>").Append(a.Visits).Append("</td><td>").Append(a.Meetings).Append("</td><td>")
                    .Append(a.Calls).Append("</td><td>").Append(a.Ceremonies).Append("</td><td>").Append(a.Statements).Append("</td></tr>");
            }

            h.Append("</tbody></table>");
        }

        h.Append("<h3>Areas of support</h3>");
        Drafted(h, o.Support, BriefText.NoSupport);
        h.Append("<h3>Assessments</h3>");
        if (o.Assessments.Count == 0)
        {
            h.Append("<p class=\"none\">No estimative judgements about the sides in the corpus.</p>");
        }

        foreach (var a in o.Assessments)
        {
            h.Append("<div class=\"statement\"><blockquote>").Append(E(a.Text)).Append("</blockquote><p>Estimative expression “")
                .Append(E(a.Expression)).Append("”: ").Append(E(a.Level)).Append(". ");
            Ref(h, a.Evidence);
            h.Append("</p></div>");
        }

        h.Append("</section>\n");
    }

    private static void Drafted(StringBuilder h, IReadOnlyList<DraftedSentence> sentences, string none)
    {
        if (sentences.Count == 0)
        {
            h.Append("<p class=\"none\">").Append(E(none)).Append("</p>");
        }

        foreach (var s in sentences)
        {
            h.Append("<p class=\"drafted\"><span class=\"label\">").Append(BriefText.MachineDrafted).Append("</span>").Append(E(s.Text))
                .Append(" <span class=\"ev\">[").Append(E(BriefText.Evidence(s.Evidence))).Append("]</span></p>");
        }
    }

    private static void Support(StringBuilder h, IReadOnlyList<BriefSupportSection> sections)
    {
        h.Append("<section id=\"support\"><h2>Areas of support</h2>");
        foreach (var s in sections)
        {
            h.Append("<h3 id=\"support-").Append(E(s.Kind)).Append("\">").Append(E(s.Heading)).Append("</h3><p>").Append(E(s.Strength)).Append("</p>");
            if (s.Items.Count == 0)
            {
                continue;
            }

            h.Append("<ul>");
            foreach (var i in s.Items)
            {
                h.Append("<li><strong>").Append(E(i.Supporter)).Append(" → ").Append(E(i.Recipient)).Append("</strong>, ").Append(E(BriefText.Date(i.Date)));
                if (i.Speaker is not null)
                {
                    h.Append(", as said by ").Append(E(i.Speaker));
                }

                h.Append("<blockquote>").Append(E(i.Text)).Append("</blockquote>Sources: ").Append(E(BriefText.Outlets(i.Outlets)))
                    .Append(". Credibility: ").Append(E(i.Credibility)).Append(". ");
                Ref(h, i.Evidence);
                h.Append("</li>");
            }

            h.Append("</ul>");
        }

        h.Append("</section>\n");
    }

    private static void Hypotheses(StringBuilder h, BriefHypotheses hypotheses)
    {
        h.Append("<section id=\"hypotheses\"><h2>Hypotheses</h2><ul>");
        foreach (var x in hypotheses.Hypotheses)
        {
            h.Append("<li><strong>").Append(E(x.Id)).Append("</strong>: ").Append(E(x.Statement)).Append("</li>");
        }

        h.Append("</ul><table><thead><tr><th>Evidence</th><th>Description</th><th>Credibility</th>");
        foreach (var x in hypotheses.Hypotheses)
        {
            h.Append("<th>").Append(E(x.Id)).Append("</th>");
        }

        h.Append("</tr></thead><tbody>");
        foreach (var r in hypotheses.Rows)
        {
            h.Append("<tr><td>").Append(E(r.Id)).Append("</td><td>").Append(E(r.Evidence)).Append(" <span class=\"ev\">").Append(E(r.Source.Handle))
                .Append("</span></td><td>").Append(E(r.Credibility)).Append("</td>");
            foreach (var m in r.Marks)
            {
                h.Append("<td>").Append(E(m)).Append("</td>");
            }

            h.Append("</tr>");
        }

        h.Append("</tbody></table><p>Ranking, least inconsistent first:</p><ol>");
        foreach (var line in hypotheses.Ranking)
        {
            h.Append("<li>").Append(E(line)).Append("</li>");
        }

        h.Append("</ol></section>\n");
    }

    private static void Statements(StringBuilder h, IReadOnlyList<BriefStatementGroup> groups)
    {
        h.Append("<section id=\"appendix-a\"><h2>").Append(E(BriefText.AppendixA)).Append("</h2>");
        if (groups.Count == 0)
        {
            h.Append("<p class=\"none\">No statements by or about the sides in the period.</p>");
        }

        foreach (var g in groups)
        {
            h.Append("<h3>").Append(E(g.Organization)).Append("</h3>");
            foreach (var s in g.Statements)
            {
                h.Append("<div class=\"statement\"><p><strong>").Append(E(s.Speaker)).Append("</strong>");
                if (!string.IsNullOrWhiteSpace(s.Role))
                {
                    h.Append(", ").Append(E(s.Role));
                }

                h.Append(" — ").Append(E(BriefText.Date(s.Date))).Append("</p><blockquote>").Append(E(s.Text)).Append("</blockquote><p>Sources: ")
                    .Append(E(BriefText.Outlets(s.Citations))).Append('.');
                if (s.Topics.Count > 0)
                {
                    h.Append(" Topics: ").Append(E(string.Join(", ", s.Topics))).Append('.');
                }

                h.Append(' ');
                Ref(h, s.Evidence);
                h.Append("</p></div>");
            }
        }

        h.Append("</section>\n");
    }

    private static void Meetings(StringBuilder h, Brief brief)
    {
        h.Append("<section id=\"appendix-b\"><h2>").Append(E(BriefText.AppendixB)).Append("</h2>");
        if (brief.Meetings.Count == 0)
        {
            h.Append("<p class=\"none\">No visits or meetings involving the sides in the period.</p>");
        }
        else
        {
            h.Append("<table><thead><tr><th>Date</th><th>Kind</th><th>Side A</th><th>Side B</th><th>Place</th><th>Sources</th><th>Evidence</th></tr></thead><tbody>");
            foreach (var m in brief.Meetings)
            {
                h.Append("<tr><td>").Append(E(BriefText.Date(m.Date))).Append("</td><td>").Append(E(m.Kind)).Append("</td><td>").Append(E(BriefText.Names(m.SideA)))
                    .Append("</td><td>").Append(E(BriefText.Names(m.SideB))).Append("</td><td>").Append(E(m.Location ?? "—")).Append("</td><td>")
                    .Append(E(BriefText.Outlets(m.Citations))).Append("</td><td><span title=\"").Append(E(m.Text)).Append("\">");
                Ref(h, m.Evidence);
                h.Append("</span></td></tr>");
            }

            h.Append("</tbody></table>");
        }

        h.Append("<figure class=\"chart\" id=\"network-chart\">").Append(brief.Charts.Network).Append("<figcaption>The actors most tied to one another in the period; the dyad's sides in red.</figcaption></figure></section>\n");
    }

    private static void Sources(StringBuilder h, IReadOnlyList<BriefSource> sources)
    {
        h.Append("<section id=\"sources\"><h2>Sources</h2>");
        if (sources.Count == 0)
        {
            h.Append("<p class=\"none\">No outlet is cited.</p>");
        }
        else
        {
            h.Append("<table><thead><tr><th>Outlet</th><th>Reliability</th><th>Documents</th></tr></thead><tbody>");
            foreach (var s in sources)
            {
                h.Append("<tr><td>").Append(E(s.Outlet)).Append("</td><td>").Append(E(s.Grade)).Append("</td><td>").Append(E(string.Join("; ", s.Documents))).Append("</td></tr>");
            }

            h.Append("</tbody></table>");
        }

        h.Append("<p class=\"meta\">Sentences marked ").Append(BriefText.MachineDrafted.ToLowerInvariant())
            .Append(" were written by Rapport from the facts they cite; everything else is quoted from the documents. A handle such as <code>statement:0123456789ab@720</code> names a document and the offset of the fact in it (<code>rapport facts</code>, <code>rapport show</code>).</p></section>\n");
    }

    private static void Ref(StringBuilder h, EvidenceRef evidence) =>
        h.Append("<span class=\"ev\" title=\"").Append(E(BriefText.Location(evidence))).Append("\">").Append(E(BriefText.Handle(evidence))).Append("</span>");

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
