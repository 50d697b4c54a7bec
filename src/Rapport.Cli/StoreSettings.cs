using System.ComponentModel;
using Rapport.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli;

/// <summary>Options that choose the knowledge base, shared by every command that uses one.</summary>
public class StoreSettings : CommandSettings
{
    /// <summary>The SQLite database file.</summary>
    [CommandOption("--db <FILE>")]
    [Description("SQLite database file (default: $RAPPORT_DB, else ./rapport.db)")]
    public string? Database { get; init; }

    /// <summary>A PostgreSQL connection string.</summary>
    [CommandOption("--postgres <CONNSTRING>")]
    [Description("PostgreSQL connection string instead of SQLite (default: $RAPPORT_POSTGRES)")]
    public string? Postgres { get; init; }

    /// <summary>The store these options name.</summary>
    public StoreLocation Location => StoreLocation.Resolve(Database, Postgres);

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        !string.IsNullOrWhiteSpace(Database) && !string.IsNullOrWhiteSpace(Postgres)
            ? ValidationResult.Error("give either --db or --postgres, not both")
            : ValidationResult.Success();
}
