using Xunit;

namespace Rapport.Testing;

/// <summary>
/// Starts one <see cref="PostgresServer"/> for a test collection and stops it afterwards. When no binaries exist it
/// starts nothing, so tests can skip with <see cref="PostgresAvailability.Reason"/>; when binaries exist but the
/// server fails to start, every test that asks for a database fails with the cause.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private PostgresServer? _server;
    private Exception? _startFailure;

    /// <summary>Whether PostgreSQL binaries were found, and why not.</summary>
    public PostgresAvailability Availability => PostgresServer.Availability;

    /// <summary>The running server.</summary>
    /// <exception cref="InvalidOperationException">The server is not running; the message says why.</exception>
    public PostgresServer Server => _server ?? throw new InvalidOperationException(
        _startFailure is null ? $"no PostgreSQL server: {Availability.Reason}" : $"the PostgreSQL test server failed to start: {_startFailure.Message}",
        _startFailure);

    /// <summary>Creates a fresh, empty database and returns a connection string to it.</summary>
    public Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default) => Server.CreateDatabaseAsync(cancellationToken);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!Availability.IsAvailable)
        {
            return;
        }

        try
        {
            _server = await PostgresServer.StartAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            _startFailure = ex;
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync().ConfigureAwait(false);
        }
    }
}
