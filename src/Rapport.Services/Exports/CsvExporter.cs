using System.Globalization;
using System.Text;
using Rapport.Model;

namespace Rapport.Services.Exports;

/// <summary>
/// Writes an <see cref="ExportModel"/> as two RFC 4180 tables for spreadsheets and link-analysis tools (i2 Analyst's
/// Notebook imports an entity table and a link table): <c>entities.csv</c> (id, label, type, aliases, affiliation,
/// documents) and <c>links.csv</c> (from, to, type, date, weight, credibility, description, sources, evidence).
/// Every text cell goes through <see cref="CsvCell"/>; lines end in CRLF; files are UTF-8 with a byte-order mark so
/// Excel reads non-Latin names correctly.
/// </summary>
public sealed class CsvExporter
{
    /// <summary>The entity table's header.</summary>
    public const string EntityHeader = "id,label,type,aliases,affiliation,documents";

    /// <summary>The link table's header.</summary>
    public const string LinkHeader = "from,to,type,date,weight,credibility,description,sources,evidence";

    private static readonly Encoding Utf8WithMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes both tables.</summary>
    /// <returns>How many rows (entities and links, without headers) were written.</returns>
    public async Task<int> WriteAsync(ExportModel model, Stream entities, Stream links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(links);
        var rows = 0;
        await using (var writer = new StreamWriter(entities, Utf8WithMark, leaveOpen: true) { NewLine = "\r\n" })
        {
            await writer.WriteLineAsync(EntityHeader.AsMemory(), cancellationToken).ConfigureAwait(false);
            foreach (var row in EntityRows(model))
            {
                await writer.WriteLineAsync(row.AsMemory(), cancellationToken).ConfigureAwait(false);
                rows++;
            }
        }

        await using (var writer = new StreamWriter(links, Utf8WithMark, leaveOpen: true) { NewLine = "\r\n" })
        {
            await writer.WriteLineAsync(LinkHeader.AsMemory(), cancellationToken).ConfigureAwait(false);
            foreach (var row in LinkRows(model))
            {
                await writer.WriteLineAsync(row.AsMemory(), cancellationToken).ConfigureAwait(false);
                rows++;
            }
        }

        return rows;
    }

    /// <summary>One line per actor, by key.</summary>
    public static IEnumerable<string> EntityRows(ExportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var actor in model.Actors)
        {
            yield return Line(
                actor.Key,
                actor.Name,
                actor.Registry.Kind ?? "unknown",
                string.Join("; ", actor.Aliases),
                string.Join("; ", actor.Affiliations.Select(k => model.Actor(k)?.Name ?? k)),
                string.Join("; ", actor.Documents.Select(d => d.Short)));
        }
    }

    /// <summary>One line per affiliation, meeting pair and support cell, in that order, each by key.</summary>
    public static IEnumerable<string> LinkRows(ExportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var actor in model.Actors)
        {
            foreach (var organisation in actor.Affiliations)
            {
                yield return Line(actor.Key, organisation, "affiliation", string.Empty, Count(actor.Documents.Count), string.Empty,
                    $"{actor.Name} belongs to {model.Actor(organisation)?.Name ?? organisation}", string.Empty, string.Empty);
            }
        }

        foreach (var meeting in model.Meetings)
        {
            var (_, verb) = StixVocabulary.Meeting(meeting.MeetingKind);
            var location = FactPayload.FirstText(meeting, "location");
            foreach (var a in meeting.SideA)
            {
                foreach (var b in meeting.SideB.Where(b => b.Key != a.Key))
                {
                    yield return Line(
                        a.Key, b.Key, "meeting:" + (meeting.MeetingKind ?? "meeting"), meeting.Date.ToIsoString() ?? string.Empty,
                        Count(meeting.Documents.Count), Count((int)meeting.Credibility),
                        $"{a.Name} {verb} {b.Name}" + (location is null ? string.Empty : " in " + location),
                        Sources(meeting.Outlets), ExportKeys.Handle(meeting));
                }
            }
        }

        foreach (var row in model.Support)
        {
            var (_, verb) = StixVocabulary.Support(row.Kind);
            var dates = row.First.IsKnown ? row.First.ToIsoString() + (row.Last != row.First ? "/" + row.Last.ToIsoString() : string.Empty) : string.Empty;
            yield return Line(
                row.Supporter.Key, row.Recipient.Key, "support:" + row.KindName, dates!,
                Count(row.EvidenceCount), Count((int)row.Credibility),
                $"{row.Supporter.Name} {verb} {row.Recipient.Name}: \"{row.Strongest.Text}\"",
                Sources(row.Strongest.Outlets), ExportKeys.Handle(row));
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Sources(IEnumerable<(string Outlet, ReliabilityGrade Grade)> outlets) =>
        string.Join("; ", outlets.OrderBy(o => o.Outlet, StringComparer.OrdinalIgnoreCase).ThenBy(o => o.Outlet, StringComparer.Ordinal).Select(o => $"{o.Outlet} ({o.Grade})"));

    private static string Line(params string[] fields) => string.Join(',', fields.Select(CsvCell.Text));
}
