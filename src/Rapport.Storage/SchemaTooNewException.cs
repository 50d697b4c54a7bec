namespace Rapport.Storage;

/// <summary>The database was written by a newer Rapport whose schema this binary does not know; opening it could damage it.</summary>
public sealed class SchemaTooNewException : StoreException
{
    /// <summary>Creates the exception.</summary>
    public SchemaTooNewException(string location, int databaseVersion, int supportedVersion)
        : base($"{location} has schema version {databaseVersion}, newer than this Rapport understands ({supportedVersion}); upgrade Rapport to open it.")
    {
        DatabaseVersion = databaseVersion;
        SupportedVersion = supportedVersion;
    }

    /// <summary>The version found in the database.</summary>
    public int DatabaseVersion { get; }

    /// <summary>The newest version this binary knows.</summary>
    public int SupportedVersion { get; }
}
