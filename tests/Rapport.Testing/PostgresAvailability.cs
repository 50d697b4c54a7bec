namespace Rapport.Testing;

/// <summary>Whether PostgreSQL server binaries were found on this machine, and where or why not.</summary>
/// <param name="IsAvailable">True when initdb, pg_ctl and postgres were all found.</param>
/// <param name="BinDirectory">The folder holding them, when found.</param>
/// <param name="Reason">Where they were found, or everywhere they were looked for; meant for skip messages.</param>
public sealed record PostgresAvailability(bool IsAvailable, string? BinDirectory, string Reason);
