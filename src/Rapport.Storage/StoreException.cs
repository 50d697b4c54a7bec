namespace Rapport.Storage;

/// <summary>
/// A problem with the store that the user can act on (a file that is not a Rapport database, a server that
/// refuses the connection, a database from a newer Rapport). Its message is one line, meant to be shown as is.
/// </summary>
public class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public StoreException()
    {
    }
}
