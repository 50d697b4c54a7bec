namespace Rapport.Services;

/// <summary>A mistake the user can fix (an unknown id, a bad option value). Its message is one line, shown as is.</summary>
public sealed class UserErrorException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UserErrorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public UserErrorException()
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public UserErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
