using System.Globalization;
using Microsoft.Data.Sqlite;
using Rapport.Model;

namespace Rapport.Storage.Sqlite;

/// <summary>A prepared insert of documents, reused across a batch so each row only rebinds its values.</summary>
internal sealed class DocumentInsert : IAsyncDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteCommand _textCommand;
    private readonly SqliteParameter _textTitle;
    private readonly SqliteParameter _id;
    private readonly SqliteParameter _title;
    private readonly SqliteParameter _origin;
    private readonly SqliteParameter _publisher;
    private readonly SqliteParameter _publishedOn;
    private readonly SqliteParameter _language;
    private readonly SqliteParameter _format;
    private readonly SqliteParameter _text;
    private readonly SqliteParameter _length;
    private readonly SqliteParameter _ingestedAt;

    public DocumentInsert(SqliteConnection connection, SqliteTransaction transaction)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = """
            INSERT INTO documents (id, title, origin, publisher, published_on, language, format, length, ingested_at)
            VALUES ($id, $title, $origin, $publisher, $published_on, $language, $format, $length, $ingested_at)
            ON CONFLICT (id) DO NOTHING;
            """;
        _id = _command.Parameters.Add("$id", SqliteType.Text);
        _title = _command.Parameters.Add("$title", SqliteType.Text);
        _origin = _command.Parameters.Add("$origin", SqliteType.Text);
        _publisher = _command.Parameters.Add("$publisher", SqliteType.Text);
        _publishedOn = _command.Parameters.Add("$published_on", SqliteType.Text);
        _language = _command.Parameters.Add("$language", SqliteType.Text);
        _format = _command.Parameters.Add("$format", SqliteType.Text);
        _length = _command.Parameters.Add("$length", SqliteType.Integer);
        _ingestedAt = _command.Parameters.Add("$ingested_at", SqliteType.Text);

        _textCommand = connection.CreateCommand();
        _textCommand.Transaction = transaction;
        _textCommand.CommandText = "INSERT INTO document_texts (rowid, title, text) VALUES (last_insert_rowid(), $title, $text);";
        _textTitle = _textCommand.Parameters.Add("$title", SqliteType.Text);
        _text = _textCommand.Parameters.Add("$text", SqliteType.Text);
    }

    /// <summary>Inserts the document; false when one with its id was already stored.</summary>
    public async Task<bool> ExecuteAsync(Document document, CancellationToken cancellationToken)
    {
        _id.Value = document.Id.Value;
        _title.Value = document.Title;
        _origin.Value = document.Origin;
        _publisher.Value = (object?)document.Publisher ?? DBNull.Value;
        _publishedOn.Value = (object?)StoredValues.Date(document.PublishedOn) ?? DBNull.Value;
        _language.Value = document.Language;
        _format.Value = StoredValues.Format(document.Format);
        _length.Value = document.Text.Length;
        _ingestedAt.Value = document.IngestedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        // A conflict inserts nothing and leaves last_insert_rowid() alone, so the text goes in only after a real insert.
        if (await _command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            return false;
        }

        _textTitle.Value = document.Title;
        _text.Value = document.Text;
        await _textCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _command.DisposeAsync().ConfigureAwait(false);
        await _textCommand.DisposeAsync().ConfigureAwait(false);
    }
}
