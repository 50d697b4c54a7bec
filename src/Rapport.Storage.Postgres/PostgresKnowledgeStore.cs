using System.Runtime.CompilerServices;
using System.Data;
using Npgsql;
using NpgsqlTypes;
using Rapport.Model;

namespace Rapport.Storage.Postgres;

/// <summary>
/// The server knowledge store: a PostgreSQL database with a generated, GIN-indexed tsvector for full-text search.
/// It passes the same contract tests as the SQLite store, so several analysts can share one knowledge base.
/// Each operation takes a pooled connection from one <see cref="NpgsqlDataSource"/>, so one store may serve several threads.
/// </summary>
/// <remarks>
/// Two differences from SQLite are inherent to PostgreSQL: timestamps keep microseconds, not 100 ns ticks, and
/// English stop words ("the", "and") are dropped from queries, so a query of nothing but stop words finds nothing.
/// </remarks>
public sealed partial class PostgresKnowledgeStore : IKnowledgeStore
{
    private static readonly IReadOnlyList<Migration> Migrations = EmbeddedMigrations.Load(typeof(PostgresKnowledgeStore).Assembly);

    // Serialises migrations between processes that open the same database at once ("RAPPSCHM").
    private const long MigrationLockKey = 0x5241505053434853;

    // ts_rank_cd weights for D, C, B, A: title words (A) count five times body words (B), as in the SQLite store.
    private const string RankWeights = "'{0.1, 0.1, 0.2, 1.0}'::float4[]";

    // Only this much of a text is indexed (see the migration) and so only this much can be highlighted.
    private const int IndexedCharacters = 400_000;

    // StartSel/StopSel are the marks HighlightedText reads; the rest sizes a snippet like the SQLite store's.
    private static readonly string HeadlineOptions =
        $"StartSel={HighlightedText.StartMark}, StopSel={HighlightedText.EndMark}, MaxWords=35, MinWords=15";

    // Inserts sent in one round trip; large enough to hide latency, small enough to bound the buffered texts.
    private const int BatchSize = 100;

    private readonly NpgsqlDataSource _dataSource;

    private PostgresKnowledgeStore(NpgsqlDataSource dataSource, string description, int schemaVersion)
    {
        _dataSource = dataSource;
        Description = description;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The newest schema version this binary knows.</summary>
    public static int LatestSchemaVersion => Migrations.Count;

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public int SchemaVersion { get; }

    /// <summary>Connects to the database in <paramref name="connectionString"/>, applying any pending migrations.</summary>
    /// <param name="connectionString">An Npgsql connection string; the database must exist.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <exception cref="StoreException">
    /// The connection string is invalid, the server cannot be reached or refuses the login, the database is not a
    /// Rapport one, or it is from a newer Rapport (<see cref="SchemaTooNewException"/>).
    /// </exception>
    public static async Task<PostgresKnowledgeStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlDataSource dataSource;
        string description;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            description = $"PostgreSQL {builder.Host ?? "localhost"}:{builder.Port}/{builder.Database ?? builder.Username ?? "postgres"}";
            dataSource = NpgsqlDataSource.Create(builder);
        }
        catch (ArgumentException ex)
        {
            throw ConnectionFailure.BadConnectionString(connectionString, ex);
        }

        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var version = await MigrateAsync(connection, description, cancellationToken).ConfigureAwait(false);
            return new PostgresKnowledgeStore(dataSource, description, version);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw ConnectionFailure.CannotOpen(description, connectionString, ex);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<AddResult> AddDocumentAsync(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (await AddDocumentsAsync([DocumentRecord.FromDocument(document)], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AddResult>> AddDocumentsAsync(IReadOnlyList<DocumentRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var documents = records.Select(r => r.Document).ToList();
        var results = new AddResult[documents.Count];
        if (documents.Count == 0)
        {
            return results;
        }

        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            RefuseNul(document);
        }

        // Inserting in id order means two batches that share documents take their row locks in the same order,
        // so they queue behind each other instead of deadlocking. OrderBy is stable: of two copies of one text in
        // a batch, the first given is the one reported as added.
        var order = Enumerable.Range(0, documents.Count).OrderBy(i => documents[i].Id.Value, StringComparer.Ordinal).ToArray();

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // Read committed is enough: ON CONFLICT waits for a concurrent insert of the same id and then does nothing,
        // so racing adds store a document once without serialisation failures.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        foreach (var chunk in order.Chunk(BatchSize))
        {
            // One round trip per chunk: the inserts are pipelined, and chunks bound how much is buffered at once.
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var index in chunk)
            {
                batch.BatchCommands.Add(InsertCommand(documents[index]));
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                results[chunk[i]] = batch.BatchCommands[i].RecordsAffected > 0 ? AddResult.Added : AddResult.AlreadyPresent;
            }
        }

        // Facts go in with their document, in the same transaction, only for documents this call added.
        var withFacts = Enumerable.Range(0, records.Count).Where(i => results[i] == AddResult.Added && records[i].ExtractorVersion is not null).ToList();
        foreach (var chunk in withFacts.Chunk(BatchSize))
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var index in chunk)
            {
                foreach (var command in FactCommands(records[index]))
                {
                    batch.BatchCommands.Add(command);
                }
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // The actor registry's entries go in with their document too; a name repeated in one document is kept once.
        var mentions = Enumerable.Range(0, records.Count).Where(i => results[i] == AddResult.Added)
            .SelectMany(i => records[i].Actors.Select(m => m with { Document = records[i].Document.Id })).ToList();
        foreach (var chunk in mentions.Chunk(BatchSize))
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var mention in chunk)
            {
                var command = new NpgsqlBatchCommand(
                    "INSERT INTO actor_mentions (document_id, actor_key, name, kind, affiliation) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING;");
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = mention.Document.Value });
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = mention.Key });
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = mention.Name });
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)mention.Kind ?? DBNull.Value });
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)mention.Affiliation ?? DBNull.Value });
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var events = Enumerable.Range(0, records.Count).Where(i => results[i] == AddResult.Added).SelectMany(i => records[i].Events).ToList();
        if (events.Count > 0)
        {
            await using var writer = new PostgresEventWriter(connection, transaction, ownsConnection: false);
            await writer.AddAsync(events, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FactRecord>> GetFactsAsync(DocumentId id, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            """
            SELECT kind, span_start, span_end, rule, rule_version, date, subject, object, payload::text
            FROM facts WHERE document_id = @id ORDER BY span_start, seq;
            """);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = id.Value });
        var facts = new List<FactRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            facts.Add(StoredRows.Fact(reader, StoredValues.ParseKind(reader.GetString(0)), id, 1));
        }

        return facts;
    }

    /// <inheritdoc />
    public async Task<long> CountFactsAsync(FactKind kind, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT count(*) FROM facts WHERE kind = @kind;");
        command.Parameters.Add(new NpgsqlParameter("kind", NpgsqlDbType.Text) { Value = StoredValues.Kind(kind) });
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<FactRecord> ReadFactsAsync(FactKind kind, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            """
            SELECT document_id, span_start, span_end, rule, rule_version, date, subject, object, payload::text
            FROM facts WHERE kind = @kind ORDER BY document_id, span_start, seq;
            """);
        command.Parameters.Add(new NpgsqlParameter("kind", NpgsqlDbType.Text) { Value = StoredValues.Kind(kind) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return StoredRows.Fact(reader, kind, DocumentId.Parse(reader.GetString(0)), 1);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActorMention>> ListActorMentionsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT document_id, actor_key, name, kind, affiliation FROM actor_mentions ORDER BY document_id, actor_key COLLATE \"C\", name COLLATE \"C\";");
        var mentions = new List<ActorMention>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            mentions.Add(StoredRows.Mention(reader));
        }

        return mentions;
    }

    /// <inheritdoc />
    public async Task AddActorDecisionAsync(ActorDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await using var command = _dataSource.CreateCommand(
            "INSERT INTO actor_decisions (kind, actor_a, actor_b, who, decided_at, why) VALUES (@kind, @a, @b, @who, @at, @why);");
        command.Parameters.Add(new NpgsqlParameter("kind", NpgsqlDbType.Text) { Value = StoredValues.Decision(decision.Kind) });
        command.Parameters.Add(new NpgsqlParameter("a", NpgsqlDbType.Text) { Value = decision.A });
        command.Parameters.Add(new NpgsqlParameter("b", NpgsqlDbType.Text) { Value = decision.B });
        command.Parameters.Add(new NpgsqlParameter("who", NpgsqlDbType.Text) { Value = decision.Who });
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = decision.At.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter("why", NpgsqlDbType.Text) { Value = (object?)decision.Why ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActorDecision>> ListActorDecisionsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT kind, actor_a, actor_b, who, decided_at, why FROM actor_decisions ORDER BY seq;");
        var decisions = new List<ActorDecision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            decisions.Add(StoredRows.Decision(reader, (r, i) => r.GetFieldValue<DateTimeOffset>(i)));
        }

        return decisions;
    }

    /// <inheritdoc />
    public async Task SetOutletGradeAsync(OutletGrade grade, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grade);
        await using var command = _dataSource.CreateCommand(
            """
            INSERT INTO outlet_grades (outlet_key, outlet, grade, who, graded_at) VALUES (@key, @outlet, @grade, @who, @at)
            ON CONFLICT (outlet_key) DO UPDATE SET outlet = excluded.outlet, grade = excluded.grade, who = excluded.who, graded_at = excluded.graded_at;
            """);
        command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = OutletGrade.KeyOf(grade.Outlet) });
        command.Parameters.Add(new NpgsqlParameter("outlet", NpgsqlDbType.Text) { Value = grade.Outlet.Trim() });
        command.Parameters.Add(new NpgsqlParameter("grade", NpgsqlDbType.Text) { Value = StoredValues.Grade(grade.Grade) });
        command.Parameters.Add(new NpgsqlParameter("who", NpgsqlDbType.Text) { Value = grade.Who });
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = grade.At.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutletGrade>> ListOutletGradesAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT outlet, grade, who, graded_at FROM outlet_grades ORDER BY outlet_key COLLATE \"C\";");
        var grades = new List<OutletGrade>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            grades.Add(new OutletGrade(reader.GetString(0), StoredValues.ParseGrade(reader.GetString(1)), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return grades;
    }

    private static IEnumerable<NpgsqlBatchCommand> FactCommands(DocumentRecord record)
    {
        var documentId = record.Document.Id.Value;
        foreach (var fact in record.Facts)
        {
            var command = new NpgsqlBatchCommand(
                """
                INSERT INTO facts (document_id, kind, span_start, span_end, rule, rule_version, date, date_first, date_last, subject, object, payload)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb);
                """);
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = documentId });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = StoredValues.Kind(fact.Kind) });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = fact.Span.Start });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = fact.Span.End });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = fact.Rule.Name });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = fact.Rule.Version });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)StoredValues.Date(fact.Date) ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = (object?)fact.Date.Earliest ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = (object?)fact.Date.Latest ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)fact.Subject ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)fact.Object ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = fact.Payload });
            yield return command;
        }

        var run = new NpgsqlBatchCommand("INSERT INTO extraction_runs (document_id, extractor_version, facts) VALUES ($1, $2, $3);");
        run.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = documentId });
        run.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = record.ExtractorVersion });
        run.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = record.Facts.Count });
        yield return run;
    }

    /// <inheritdoc />
    public async Task<IEventWriter> BeginEventsAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
            return new PostgresEventWriter(connection, transaction, ownsConnection: true);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<EventRecord> ReadEventsAsync(string? origin = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("""
            SELECT origin, record_id, date, source_actor, source_name, target_actor, target_name, cameo, quad, goldstein, reference, document_id
            FROM events WHERE @origin::text IS NULL OR origin = @origin ORDER BY seq;
            """);
        command.Parameters.Add(new NpgsqlParameter("origin", NpgsqlDbType.Text) { Value = (object?)origin ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return StoredRows.Event(reader);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EventRecord>> GetEventsAsync(ActorSelector sources, ActorSelector targets, YearMonth from, YearMonth to, int limit, CancellationToken cancellationToken = default)
    {
        var (sourceSql, sourceParameters) = SelectorSql.Condition("source_actor", sources, "@s");
        var (targetSql, targetParameters) = SelectorSql.Condition("target_actor", targets, "@t");
        await using var command = _dataSource.CreateCommand($"""
            SELECT origin, record_id, date, source_actor, source_name, target_actor, target_name, cameo, quad, goldstein, reference, document_id
            FROM events WHERE month >= @from AND month <= @to AND {sourceSql} AND {targetSql}
            ORDER BY abs(goldstein) DESC, seq LIMIT @limit;
            """);
        foreach (var (name, value) in sourceParameters.Concat(targetParameters))
        {
            command.Parameters.Add(new NpgsqlParameter(name[1..], NpgsqlDbType.Text) { Value = value });
        }

        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Text) { Value = from.ToString() });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Text) { Value = to.ToString() });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit });
        var events = new List<EventRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(StoredRows.Event(reader));
        }

        return events;
    }

    /// <inheritdoc />
    public async Task<long> CountEventsAsync(string? origin = null, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(origin is null ? "SELECT count(*) FROM events;" : "SELECT count(*) FROM events WHERE origin = @origin;");
        command.Parameters.Add(new NpgsqlParameter("origin", NpgsqlDbType.Text) { Value = (object?)origin ?? DBNull.Value });
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EventMonth>> GetEventMonthsAsync(ActorSelector sources, ActorSelector targets, YearMonth from, YearMonth to, CancellationToken cancellationToken = default)
    {
        var (sourceSql, sourceParameters) = SelectorSql.Condition("source_actor", sources, "@s");
        var (targetSql, targetParameters) = SelectorSql.Condition("target_actor", targets, "@t");
        await using var command = _dataSource.CreateCommand($"""
            SELECT source_actor, target_actor, month, quad, events, goldstein_sum FROM event_months
            WHERE {sourceSql} AND {targetSql} AND month >= @from AND month <= @to
            ORDER BY month, source_actor, target_actor, quad;
            """);
        foreach (var (name, value) in sourceParameters.Concat(targetParameters))
        {
            command.Parameters.Add(new NpgsqlParameter(name[1..], NpgsqlDbType.Text) { Value = value });
        }

        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Text) { Value = from.ToString() });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Text) { Value = to.ToString() });
        var months = new List<EventMonth>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            months.Add(StoredRows.EventMonth(reader));
        }

        return months;
    }

    /// <inheritdoc />
    public async Task<bool> ContainsDocumentAsync(DocumentId id, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT 1 FROM documents WHERE id = @id;");
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = id.Value });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <inheritdoc />
    public async Task<Document?> GetDocumentAsync(DocumentId id, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            """
            SELECT id, title, origin, publisher, published_on, language, format, text, ingested_at
            FROM documents WHERE id = @id;
            """);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = id.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return StoredRows.Document(reader, (r, i) => r.GetFieldValue<DateTimeOffset>(i));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DocumentSummary>> FindDocumentsByIdPrefixAsync(string idPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idPrefix);
        var prefix = idPrefix.Trim().ToLowerInvariant();
        if (prefix.Length == 0 || !prefix.All(Uri.IsHexDigit))
        {
            return [];
        }

        // The id column has the "C" collation, so this is a range scan of its unique index; '~' sorts after every hex digit.
        return await QuerySummariesAsync(
            "WHERE id >= @low AND id < @high ORDER BY id LIMIT 10",
            [new NpgsqlParameter("low", NpgsqlDbType.Text) { Value = prefix }, new NpgsqlParameter("high", NpgsqlDbType.Text) { Value = prefix + "~" }],
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return QuerySummariesAsync(
            "ORDER BY seq LIMIT @limit OFFSET @offset",
            [new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit }, new NpgsqlParameter("offset", NpgsqlDbType.Integer) { Value = offset }],
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> CountDocumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT count(*) FROM documents;");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (TsQuery.From(query) is not var (tsquery, parameters))
        {
            return [];
        }

        // The inner query ranks and limits; only the few rows kept pay for ts_headline, which re-parses the text.
        // A query made only of stop words ("the") is empty and matches nothing, with a notice and no error.
        await using var command = _dataSource.CreateCommand(
            $"""
            SELECT h.id, h.title, ts_headline({TsQuery.Configuration}, left(h.text, {IndexedCharacters}), h.query, @options), h.score
            FROM (
                SELECT d.seq, d.id, d.title, d.text, q.query, ts_rank_cd({RankWeights}, d.search, q.query) AS score
                FROM documents d CROSS JOIN (SELECT {tsquery} AS query) q
                WHERE d.search @@ q.query
                ORDER BY score DESC, d.seq
                LIMIT @limit
            ) h
            ORDER BY h.score DESC, h.seq;
            """);
        command.Parameters.AddRange(parameters.ToArray());
        command.Parameters.Add(new NpgsqlParameter("options", NpgsqlDbType.Text) { Value = HeadlineOptions });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit });
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add(new SearchHit(
                DocumentId.Parse(reader.GetString(0)),
                reader.GetString(1),
                HighlightedText.FromMarked(reader.GetString(2)),
                reader.GetFloat(3)));
        }

        return hits;
    }

    /// <inheritdoc />
    public async Task<IntegrityReport> CheckIntegrityAsync(bool verifyContent, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // PostgreSQL checks its own pages; what can go wrong at our level is rows that escaped the constraints
        // (restored from a dump of an older schema, edited by hand) and a schema table that disagrees with us.
        await using (var sanity = new NpgsqlCommand(
            """
            SELECT count(*) FILTER (WHERE search IS NULL),
                   count(*) FILTER (WHERE id !~ '^[0-9a-f]{64}$'),
                   (SELECT coalesce(max(version), 0) FROM rapport_schema)
            FROM documents;
            """,
            connection))
        {
            await using var reader = await sanity.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var unindexed = reader.GetInt64(0);
            var badIds = reader.GetInt64(1);
            var version = reader.GetInt32(2);
            if (unindexed > 0)
            {
                problems.Add($"full-text index: {unindexed} document(s) have no search vector");
            }

            if (badIds > 0)
            {
                problems.Add($"documents: {badIds} id(s) are not 64 lower-case hex digits");
            }

            if (version != SchemaVersion)
            {
                problems.Add($"schema: the database says version {version} but was opened at version {SchemaVersion}");
            }
        }

        long checkedCount = 0;
        await using (var documents = new NpgsqlCommand(
            verifyContent ? "SELECT id, text FROM documents ORDER BY seq;" : "SELECT id, NULL::text FROM documents ORDER BY seq;",
            connection))
        {
            // Sequential access streams each text instead of buffering whole rows: texts can be megabytes.
            await using var reader = await documents.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                checkedCount++;
                var id = reader.GetString(0);
                if (verifyContent)
                {
                    var text = await reader.GetFieldValueAsync<string>(1, cancellationToken).ConfigureAwait(false);
                    if (DocumentId.ForText(text).Value != id)
                    {
                        problems.Add($"document {id[..Math.Min(12, id.Length)]}: text does not hash to its id");
                    }
                }
            }
        }

        return new IntegrityReport(checkedCount, problems);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static NpgsqlBatchCommand InsertCommand(Document document)
    {
        var command = new NpgsqlBatchCommand(
            """
            INSERT INTO documents (id, title, origin, publisher, published_on, language, format, text, ingested_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (id) DO NOTHING;
            """);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = document.Id.Value });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = document.Title });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = document.Origin });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)document.Publisher ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)StoredValues.Date(document.PublishedOn) ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = document.Language });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = StoredValues.Format(document.Format) });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = document.Text });

        // Npgsql writes only UTC to timestamptz; the instant is what matters, and it keeps microseconds.
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = document.IngestedAt.ToUniversalTime() });
        return command;
    }

    // PostgreSQL text cannot hold U+0000; refusing here gives a clear message instead of an encoding error from the server.
    private static void RefuseNul(Document document)
    {
        if (document.Text.Contains('\0', StringComparison.Ordinal) || document.Title.Contains('\0', StringComparison.Ordinal)
            || document.Origin.Contains('\0', StringComparison.Ordinal) || (document.Publisher?.Contains('\0', StringComparison.Ordinal) ?? false))
        {
            throw new StoreException($"document {document.Id.Short} contains a NUL character, which PostgreSQL cannot store");
        }
    }

    private static async Task<int> MigrateAsync(NpgsqlConnection connection, string location, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key);", connection, transaction))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Bigint) { Value = MigrationLockKey });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Read committed takes a new snapshot per statement, so after waiting for the lock we see what another
        // opener committed and do not try to create the tables twice.
        var hasSchemaTable = (bool)(await Scalar(connection, transaction, "SELECT to_regclass('rapport_schema') IS NOT NULL;", cancellationToken).ConfigureAwait(false))!;
        var current = 0;
        if (hasSchemaTable)
        {
            current = (int)(await Scalar(connection, transaction, "SELECT coalesce(max(version), 0) FROM rapport_schema;", cancellationToken).ConfigureAwait(false))!;
        }
        else
        {
            var tables = (long)(await Scalar(connection, transaction, "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema();", cancellationToken).ConfigureAwait(false))!;
            if (tables > 0)
            {
                throw new StoreException($"{location} is a PostgreSQL database but not a Rapport one (it has {tables} table(s) and no rapport_schema); give Rapport an empty database");
            }

            await Execute(connection, transaction, "CREATE TABLE rapport_schema (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());", cancellationToken).ConfigureAwait(false);
        }

        var pending = SchemaMigrator.Pending(Migrations, current, location);
        foreach (var migration in pending)
        {
            await Execute(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO rapport_schema (version, description, applied_at) VALUES (@v, @d, now());", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter("v", NpgsqlDbType.Integer) { Value = migration.Version });
            record.Parameters.Add(new NpgsqlParameter("d", NpgsqlDbType.Text) { Value = migration.Description });
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return pending.Count > 0 ? pending[^1].Version : current;
    }

    private async Task<IReadOnlyList<DocumentSummary>> QuerySummariesAsync(string tail, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT id, title, origin, format, published_on, length(text), ingested_at FROM documents {tail};");
        command.Parameters.AddRange(parameters);
        var list = new List<DocumentSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(StoredRows.Summary(reader, (r, i) => r.GetFieldValue<DateTimeOffset>(i)));
        }

        return list;
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> Scalar(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
