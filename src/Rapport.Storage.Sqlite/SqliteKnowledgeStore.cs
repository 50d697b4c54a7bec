using System.Runtime.CompilerServices;
using System.Data;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Rapport.Model;

namespace Rapport.Storage.Sqlite;

/// <summary>
/// The embedded knowledge store: one SQLite file, WAL journal, foreign keys on, FTS5 over document text.
/// Each operation takes a pooled connection, so one store may serve several threads.
/// </summary>
public sealed partial class SqliteKnowledgeStore : IKnowledgeStore
{
    /// <summary>Marks a SQLite file as a Rapport database ("RAPP").</summary>
    public const int ApplicationId = 0x52415050;

    private static readonly IReadOnlyList<Migration> Migrations = EmbeddedMigrations.Load(typeof(SqliteKnowledgeStore).Assembly);

    private readonly string _connectionString;

    private SqliteKnowledgeStore(string path, string connectionString, int schemaVersion)
    {
        Path = path;
        _connectionString = connectionString;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The newest schema version this binary knows.</summary>
    public static int LatestSchemaVersion => Migrations.Count;

    /// <inheritdoc />
    public string Description => $"SQLite {Path}";

    /// <inheritdoc />
    public int SchemaVersion { get; }

    /// <summary>
    /// Opens the database at <paramref name="path"/>, applying any pending migrations.
    /// </summary>
    /// <param name="path">The database file.</param>
    /// <param name="createIfMissing">Create the file when it does not exist; otherwise a missing file is an error.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <exception cref="StoreException">The file is missing, not a Rapport database, or from a newer Rapport.</exception>
    public static async Task<SqliteKnowledgeStore> OpenAsync(string path, bool createIfMissing = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        CheckFile(path, fullPath, createIfMissing);

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        try
        {
            await using var connection = await OpenConnectionAsync(connectionString, cancellationToken).ConfigureAwait(false);
            await Execute(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
            var version = await MigrateAsync(connection, path, cancellationToken).ConfigureAwait(false);
            return new SqliteKnowledgeStore(fullPath, connectionString, version);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            SqliteConnection.ClearAllPools();
            throw new StoreException($"{path} is not a Rapport database (SQLite says: {ex.Message.ReplaceLineEndings(" ")})", ex);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 14 /* SQLITE_CANTOPEN */ or 8 /* SQLITE_READONLY */ or 10 /* SQLITE_IOERR */)
        {
            SqliteConnection.ClearAllPools();
            throw new StoreException($"cannot open {path} ({ex.Message.ReplaceLineEndings(" ")})", ex);
        }
    }

    /// <inheritdoc />
    public async Task<AddResult> AddDocumentAsync(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (await AddDocumentsAsync([DocumentRecord.FromDocument(document)], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AddResult>> AddDocumentsAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var results = new AddResult[documents.Count];
        if (documents.Count == 0)
        {
            return results;
        }

        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
        await using var insertDocument = new DocumentInsert(connection, transaction);
        await using var insertFact = new FactInsert(connection, transaction);
        await using var insertEvent = new EventInsert(connection, transaction);
        await using var insertMention = new MentionInsert(connection, transaction);
        for (var i = 0; i < documents.Count; i++)
        {
            var record = documents[i];
            var added = await insertDocument.ExecuteAsync(record.Document, cancellationToken).ConfigureAwait(false);
            results[i] = added ? AddResult.Added : AddResult.AlreadyPresent;
            if (added && record.ExtractorVersion is not null)
            {
                await insertFact.ExecuteAsync(record, cancellationToken).ConfigureAwait(false);
            }

            if (added)
            {
                foreach (var e in record.Events)
                {
                    await insertEvent.ExecuteAsync(e, cancellationToken).ConfigureAwait(false);
                }

                foreach (var mention in record.Actors)
                {
                    await insertMention.ExecuteAsync(mention with { Document = record.Document.Id }, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FactRecord>> GetFactsAsync(DocumentId id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT kind, span_start, span_end, rule, rule_version, date, subject, object, payload
            FROM facts WHERE document_id = $id ORDER BY span_start, seq;
            """;
        command.Parameters.AddWithValue("$id", id.Value);
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
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM facts WHERE kind = $kind;";
        command.Parameters.AddWithValue("$kind", StoredValues.Kind(kind));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<FactRecord> ReadFactsAsync(FactKind kind, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT document_id, span_start, span_end, rule, rule_version, date, subject, object, payload
            FROM facts WHERE kind = $kind ORDER BY document_id, span_start, seq;
            """;
        command.Parameters.AddWithValue("$kind", StoredValues.Kind(kind));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return StoredRows.Fact(reader, kind, DocumentId.Parse(reader.GetString(0)), 1);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActorMention>> ListActorMentionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document_id, actor_key, name, kind, affiliation FROM actor_mentions ORDER BY document_id, actor_key, name;";
        var mentions = new List<ActorMention>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);

        // Rows come document by document: each document's id is parsed once, not once per mention.
        var document = default(DocumentId);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            if (mentions.Count == 0 || !string.Equals(document.Value, id, StringComparison.Ordinal))
            {
                document = DocumentId.Parse(id);
            }

            mentions.Add(StoredRows.Mention(reader, document));
        }

        return mentions;
    }

    /// <inheritdoc />
    public async Task AddActorDecisionAsync(ActorDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO actor_decisions (kind, actor_a, actor_b, who, decided_at, why) VALUES ($kind, $a, $b, $who, $at, $why);
            """;
        command.Parameters.AddWithValue("$kind", StoredValues.Decision(decision.Kind));
        command.Parameters.AddWithValue("$a", decision.A);
        command.Parameters.AddWithValue("$b", decision.B);
        command.Parameters.AddWithValue("$who", decision.Who);
        command.Parameters.AddWithValue("$at", decision.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$why", (object?)decision.Why ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActorDecision>> ListActorDecisionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, actor_a, actor_b, who, decided_at, why FROM actor_decisions ORDER BY seq;";
        var decisions = new List<ActorDecision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            decisions.Add(StoredRows.Decision(reader, (r, i) => ParseTimestamp(r.GetString(i))));
        }

        return decisions;
    }

    /// <inheritdoc />
    public async Task SetOutletGradeAsync(OutletGrade grade, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grade);
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO outlet_grades (outlet_key, outlet, grade, who, graded_at) VALUES ($key, $outlet, $grade, $who, $at)
            ON CONFLICT (outlet_key) DO UPDATE SET outlet = excluded.outlet, grade = excluded.grade, who = excluded.who, graded_at = excluded.graded_at;
            """;
        command.Parameters.AddWithValue("$key", OutletGrade.KeyOf(grade.Outlet));
        command.Parameters.AddWithValue("$outlet", grade.Outlet.Trim());
        command.Parameters.AddWithValue("$grade", StoredValues.Grade(grade.Grade));
        command.Parameters.AddWithValue("$who", grade.Who);
        command.Parameters.AddWithValue("$at", grade.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutletGrade>> ListOutletGradesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT outlet, grade, who, graded_at FROM outlet_grades ORDER BY outlet_key;";
        var grades = new List<OutletGrade>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            grades.Add(new OutletGrade(reader.GetString(0), StoredValues.ParseGrade(reader.GetString(1)), reader.GetString(2), ParseTimestamp(reader.GetString(3))));
        }

        return grades;
    }

    /// <inheritdoc />
    public async Task<IEventWriter> BeginEventsAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
            return new SqliteEventWriter(connection, transaction);
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
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT origin, record_id, date, source_actor, source_name, target_actor, target_name, cameo, quad, goldstein, reference, document_id
            FROM events WHERE $origin IS NULL OR origin = $origin ORDER BY seq;
            """;
        command.Parameters.AddWithValue("$origin", (object?)origin ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return StoredRows.Event(reader);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EventRecord>> GetEventsAsync(ActorSelector sources, ActorSelector targets, YearMonth from, YearMonth to, int limit, CancellationToken cancellationToken = default)
    {
        var (sourceSql, sourceParameters) = SelectorSql.Condition("source_actor", sources, "$s");
        var (targetSql, targetParameters) = SelectorSql.Condition("target_actor", targets, "$t");
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT origin, record_id, date, source_actor, source_name, target_actor, target_name, cameo, quad, goldstein, reference, document_id
            FROM events WHERE month >= $from AND month <= $to AND {sourceSql} AND {targetSql}
            ORDER BY abs(goldstein) DESC, seq LIMIT $limit;
            """;
        foreach (var (name, value) in sourceParameters.Concat(targetParameters))
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.Parameters.AddWithValue("$from", from.ToString());
        command.Parameters.AddWithValue("$to", to.ToString());
        command.Parameters.AddWithValue("$limit", limit);
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
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = origin is null ? "SELECT count(*) FROM events;" : "SELECT count(*) FROM events WHERE origin = $origin;";
        command.Parameters.AddWithValue("$origin", (object?)origin ?? DBNull.Value);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EventMonth>> GetEventMonthsAsync(ActorSelector sources, ActorSelector targets, YearMonth from, YearMonth to, CancellationToken cancellationToken = default)
    {
        var (sourceSql, sourceParameters) = SelectorSql.Condition("source_actor", sources, "$s");
        var (targetSql, targetParameters) = SelectorSql.Condition("target_actor", targets, "$t");
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT source_actor, target_actor, month, quad, events, goldstein_sum FROM event_months
            WHERE {sourceSql} AND {targetSql} AND month >= $from AND month <= $to
            ORDER BY month, source_actor, target_actor, quad;
            """;
        foreach (var (name, value) in sourceParameters.Concat(targetParameters))
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.Parameters.AddWithValue("$from", from.ToString());
        command.Parameters.AddWithValue("$to", to.ToString());
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
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM documents WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id.Value);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <inheritdoc />
    public async Task<Document?> GetDocumentAsync(DocumentId id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.id, d.title, d.origin, d.publisher, d.published_on, d.language, d.format, t.text, d.ingested_at
            FROM documents d JOIN document_texts t ON t.rowid = d.seq WHERE d.id = $id;
            """;
        command.Parameters.AddWithValue("$id", id.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return StoredRows.Document(reader, (r, i) => ParseTimestamp(r.GetString(i)));
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

        // The range scan uses the unique index on id; '~' sorts after every hex digit.
        return await QuerySummariesAsync(
            "WHERE id >= $low AND id < $high ORDER BY id LIMIT 10",
            [("$low", prefix), ("$high", prefix + "~")],
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return QuerySummariesAsync("ORDER BY seq LIMIT $limit OFFSET $offset", [("$limit", limit), ("$offset", offset)], cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> CountDocumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM documents;";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();

        // Title matches weigh five times body matches; bm25 is lower-is-better, so the score is its negation.
        command.CommandText = """
            SELECT d.id, d.title, snippet(document_texts, 1, char(2), char(3), '…', 24), -bm25(document_texts, 5.0, 1.0) AS score
            FROM document_texts JOIN documents d ON d.seq = document_texts.rowid
            WHERE document_texts MATCH $match
            ORDER BY score DESC, d.seq
            LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$match", Fts5Query.From(query));
        command.Parameters.AddWithValue("$limit", limit);
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add(StoredRows.SearchHit(reader));
        }

        return hits;
    }

    /// <inheritdoc />
    public async Task<IntegrityReport> CheckIntegrityAsync(bool verifyContent, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check;";
            await using var reader = await check.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var line = reader.GetString(0);
                if (line != "ok")
                {
                    problems.Add($"sqlite: {line}");
                }
            }
        }

        try
        {
            await Execute(connection, "INSERT INTO document_texts (document_texts) VALUES ('integrity-check');", cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            problems.Add($"full-text index: {ex.Message.ReplaceLineEndings(" ")}");
        }

        long checkedCount = 0;
        await using (var documents = connection.CreateCommand())
        {
            documents.CommandText = verifyContent
                ? "SELECT d.id, t.text FROM documents d LEFT JOIN document_texts t ON t.rowid = d.seq ORDER BY d.seq;"
                : "SELECT id, NULL FROM documents ORDER BY seq;";
            await using var reader = await documents.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                checkedCount++;
                if (verifyContent && (reader.IsDBNull(1) || DocumentId.ForText(reader.GetString(1)).Value != reader.GetString(0)))
                {
                    problems.Add($"document {reader.GetString(0)[..12]}: text does not hash to its id");
                }
            }
        }

        return new IntegrityReport(checkedCount, problems);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private static void CheckFile(string path, string fullPath, bool createIfMissing)
    {
        if (Directory.Exists(fullPath))
        {
            throw new StoreException($"{path} is a folder; give the path of a database file");
        }

        if (!File.Exists(fullPath))
        {
            if (!createIfMissing)
            {
                throw new StoreException($"no knowledge base at {path}; create one with 'rapport init' or 'rapport ingest'");
            }

            var folder = System.IO.Path.GetDirectoryName(fullPath);
            if (folder is not null && !Directory.Exists(folder))
            {
                throw new StoreException($"cannot create {path}: folder {folder} does not exist");
            }

            return;
        }

        Span<byte> header = stackalloc byte[16];
        int read;
        try
        {
            using var file = File.OpenRead(fullPath);
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"cannot read {path} ({ex.Message.ReplaceLineEndings(" ")})", ex);
        }

        if (read > 0 && (read < 16 || !header.SequenceEqual("SQLite format 3\0"u8)))
        {
            throw new StoreException($"{path} is not a Rapport database (not a SQLite file)");
        }
    }

    private static async Task<int> MigrateAsync(SqliteConnection connection, string location, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
        var applicationId = Convert.ToInt32(await Scalar(connection, transaction, "PRAGMA application_id;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var tableCount = Convert.ToInt64(await Scalar(connection, transaction, "SELECT count(*) FROM sqlite_schema WHERE type = 'table';", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (applicationId != ApplicationId && (applicationId != 0 || tableCount > 0))
        {
            throw new StoreException($"{location} is a SQLite database but not a Rapport one");
        }

        var current = 0;
        if (applicationId == ApplicationId)
        {
            current = Convert.ToInt32(await Scalar(connection, transaction, "SELECT coalesce(max(version), 0) FROM rapport_schema;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }
        else
        {
            await Execute(connection, transaction, $"""
                PRAGMA application_id = {ApplicationId};
                CREATE TABLE rapport_schema (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);
                """, cancellationToken).ConfigureAwait(false);
        }

        var pending = SchemaMigrator.Pending(Migrations, current, location);
        foreach (var migration in pending)
        {
            await Execute(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO rapport_schema (version, description, applied_at) VALUES ($v, $d, $t);";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$d", migration.Description);
            record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return pending.Count > 0 ? pending[^1].Version : current;
    }

    private static async Task<SqliteConnection> OpenConnectionAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // NORMAL is durable across application crashes in WAL mode; only a power loss may drop the last commits.
            // Checkpointing every 64 MB of WAL rather than every 4 MB spends fewer fsyncs on a large ingest.
            await Execute(connection, "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384;", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<IReadOnlyList<DocumentSummary>> QuerySummariesAsync(string tail, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, title, origin, format, published_on, length, ingested_at FROM documents {tail};";
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var list = new List<DocumentSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(StoredRows.Summary(reader, (r, i) => ParseTimestamp(r.GetString(i))));
        }

        return list;
    }

    private static DateTimeOffset ParseTimestamp(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static Task Execute(SqliteConnection connection, string sql, CancellationToken cancellationToken) =>
        Execute(connection, null, sql, cancellationToken);

    private static async Task Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
