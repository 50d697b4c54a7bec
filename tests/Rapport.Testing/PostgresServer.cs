using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Rapport.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster for tests: its own data folder under the temp folder, its own port on
/// 127.0.0.1, trust authentication and no fsync, deleted again when stopped. Nothing on the machine's own
/// PostgreSQL (if any) is touched.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>The superuser the cluster is created with; trust authentication means it needs no password.</summary>
    public const string SuperUser = "rapport";

    private static readonly Lazy<PostgresAvailability> Probe = new(FindBinaries);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);
    private static int _databaseCounter;

    private readonly string _binDirectory;
    private readonly string? _runAs;
    private readonly NpgsqlDataSource _admin;
    private int _stopped;

    private PostgresServer(string binDirectory, string? runAs, string rootDirectory, int port)
    {
        _binDirectory = binDirectory;
        _runAs = runAs;
        RootDirectory = rootDirectory;
        Port = port;
        _admin = NpgsqlDataSource.Create(ConnectionString("postgres"));

        // A test host that exits without disposing its fixtures must not leave a server running.
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>Whether server binaries exist on this machine; read it to skip PostgreSQL tests with a reason.</summary>
    public static PostgresAvailability Availability => Probe.Value;

    /// <summary>The temporary folder holding the data folder, socket and log.</summary>
    public string RootDirectory { get; }

    /// <summary>The TCP port on 127.0.0.1 the server listens on.</summary>
    public int Port { get; }

    private string DataDirectory => Path.Combine(RootDirectory, "data");

    private string LogFile => Path.Combine(RootDirectory, "server.log");

    /// <summary>Creates a cluster in a new temporary folder and starts it.</summary>
    /// <exception cref="InvalidOperationException">No binaries were found, or initdb or the server failed; the message says why.</exception>
    public static async Task<PostgresServer> StartAsync()
    {
        var availability = Availability;
        if (!availability.IsAvailable)
        {
            throw new InvalidOperationException($"PostgreSQL is not available: {availability.Reason}");
        }

        var bin = availability.BinDirectory!;
        var runAs = await ChooseUserAsync().ConfigureAwait(false);
        var root = Path.Combine(Path.GetTempPath(), "rapport-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        try
        {
            if (runAs is not null)
            {
                // initdb and postgres refuse to run as root, so the cluster belongs to an ordinary user.
                await CommandRunner.RunCheckedAsync("chown", ["-R", runAs, root], CommandTimeout).ConfigureAwait(false);
            }

            await InitDbAsync(bin, runAs, root).ConfigureAwait(false);

            // Another process may take the free port between our probe and the server's bind; try a few.
            Exception? lastFailure = null;
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var port = FreePort();
                var server = new PostgresServer(bin, runAs, root, port);
                try
                {
                    await server.StartServerAsync().ConfigureAwait(false);
                    return server;
                }
                catch (InvalidOperationException ex)
                {
                    lastFailure = ex;
                    AppDomain.CurrentDomain.ProcessExit -= server.OnProcessExit;
                    await server._admin.DisposeAsync().ConfigureAwait(false);
                }
            }

            throw new InvalidOperationException($"the PostgreSQL server in {root} did not start", lastFailure);
        }
        catch
        {
            TryDelete(root);
            throw;
        }
    }

    /// <summary>A connection string for <paramref name="database"/> on this server, as the superuser.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,

        // Tests open and drop many small pools; a short idle lifetime keeps the server's connection count low.
        ConnectionIdleLifetime = 10,
        Timeout = 30,
    }.ConnectionString;

    /// <summary>Creates an empty database with a fresh name and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"rapport_test_{Interlocked.Increment(ref _databaseCounter)}_{Guid.NewGuid().ToString("N")[..8]}");
        await using var command = _admin.CreateCommand($"CREATE DATABASE \"{name}\";");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return ConnectionString(name);
    }

    /// <summary>Drops the database a connection string from <see cref="CreateDatabaseAsync"/> points to, closing its connections.</summary>
    /// <remarks>Each database takes several megabytes; dropping them keeps a long test run from filling the temp folder.</remarks>
    public async Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("the connection string names no database", nameof(connectionString));
        await using var command = _admin.CreateCommand($"DROP DATABASE IF EXISTS \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE);");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the server at once (no checkpoint: the data is thrown away) and deletes its folder.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        await _admin.DisposeAsync().ConfigureAwait(false);
        try
        {
            await RunAsPostgresAsync(_binDirectory, _runAs, "pg_ctl", ["stop", "-D", DataDirectory, "-m", "immediate", "-w"]).ConfigureAwait(false);
        }
        finally
        {
            TryDelete(RootDirectory);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task StartServerAsync()
    {
        var options = string.Join(' ', [
            "-k", RootDirectory,
            "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1",
            "-c", "fsync=off",
            "-c", "synchronous_commit=off",
            "-c", "full_page_writes=off",
        ]);
        var (exitCode, output) = await CommandRunner.RunAsync(
            RunAsCommand(_runAs, Path.Combine(_binDirectory, "pg_ctl"), out var prefix),
            [.. prefix, "start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", options],
            CommandTimeout).ConfigureAwait(false);
        if (exitCode != 0)
        {
            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile).ConfigureAwait(false) : "(no log)";
            throw new InvalidOperationException($"pg_ctl start on port {Port} exited with {exitCode}: {output} Server log: {log}");
        }
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        CommandRunner.RunAsync(RunAsCommand(_runAs, Path.Combine(_binDirectory, "pg_ctl"), out var prefix), [.. prefix, "stop", "-D", DataDirectory, "-m", "immediate", "-w"], CommandTimeout)
            .GetAwaiter().GetResult();
        TryDelete(RootDirectory);
    }

    private static async Task InitDbAsync(string bin, string? runAs, string root)
    {
        var data = Path.Combine(root, "data");
        string[] common = ["-D", data, "-A", "trust", "-U", SuperUser, "--no-sync", "-E", "UTF8"];

        // A UTF-8 locale makes the server lower-case and classify non-ASCII letters, as production servers do;
        // fall back to plain C where the machine has no C.UTF-8.
        var (exitCode, output) = await RunAsPostgresAsync(bin, runAs, "initdb", [.. common, "--locale=C.UTF-8"], check: false).ConfigureAwait(false);
        if (exitCode != 0)
        {
            TryDelete(data);
            (exitCode, var fallbackOutput) = await RunAsPostgresAsync(bin, runAs, "initdb", [.. common, "--locale=C"], check: false).ConfigureAwait(false);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"initdb failed with C.UTF-8 ({output}) and with C ({fallbackOutput})");
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsPostgresAsync(string bin, string? runAs, string tool, string[] arguments, bool check = true)
    {
        var result = await CommandRunner.RunAsync(RunAsCommand(runAs, Path.Combine(bin, tool), out var prefix), [.. prefix, .. arguments], CommandTimeout).ConfigureAwait(false);
        if (check && result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {result.ExitCode}: {result.Output}");
        }

        return result;
    }

    // As root, commands go through runuser; otherwise they run directly.
    private static string RunAsCommand(string? runAs, string executable, out string[] prefix)
    {
        if (runAs is null)
        {
            prefix = [];
            return executable;
        }

        prefix = ["-u", runAs, "--", executable];
        return "runuser";
    }

    private static async Task<string?> ChooseUserAsync()
    {
        if (Environment.UserName != "root")
        {
            return null;
        }

        foreach (var user in new[] { "postgres", "nobody" })
        {
            var (exitCode, _) = await CommandRunner.RunAsync("id", ["-u", user], CommandTimeout).ConfigureAwait(false);
            if (exitCode == 0)
            {
                return user;
            }
        }

        throw new InvalidOperationException("running as root, and neither a 'postgres' nor a 'nobody' user exists to own the test cluster");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is untidy, not a test failure.
        }
    }

    private static PostgresAvailability FindBinaries()
    {
        var looked = new List<string>();
        foreach (var candidate in CandidateBinDirectories(looked))
        {
            if (HasServerBinaries(candidate))
            {
                return new PostgresAvailability(true, candidate, $"PostgreSQL server binaries found in {candidate}");
            }

            looked.Add(candidate);
        }

        return new PostgresAvailability(
            false,
            null,
            $"no PostgreSQL server binaries (initdb, pg_ctl, postgres) found; looked in $RAPPORT_PG_BINDIR, pg_config --bindir, /usr/lib/postgresql/*/bin and PATH ({string.Join(", ", looked.Distinct())}); install PostgreSQL (e.g. apt-get install postgresql) to run these tests");
    }

    private static IEnumerable<string> CandidateBinDirectories(List<string> notes)
    {
        if (Environment.GetEnvironmentVariable("RAPPORT_PG_BINDIR") is { Length: > 0 } configured)
        {
            yield return configured;
        }

        var fromPgConfig = PgConfigBinDir();
        if (fromPgConfig is not null)
        {
            yield return fromPgConfig;
        }
        else
        {
            notes.Add("pg_config not found");
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var versions = Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: d, Version: double.TryParse(Path.GetFileName(d), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .OrderByDescending(v => v.Version);
            foreach (var (dir, _) in versions)
            {
                yield return Path.Combine(dir, "bin");
            }
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(dir, "initdb")))
            {
                yield return ResolveLinkedDirectory(Path.Combine(dir, "initdb"));
            }
        }
    }

    // Debian links /usr/bin tools to a wrapper; following the link finds the real folder beside pg_ctl and postgres.
    private static string ResolveLinkedDirectory(string file)
    {
        try
        {
            var target = File.ResolveLinkTarget(file, returnFinalTarget: true);
            return Path.GetDirectoryName(target?.FullName ?? file)!;
        }
        catch (IOException)
        {
            return Path.GetDirectoryName(file)!;
        }
    }

    private static string? PgConfigBinDir()
    {
        try
        {
            var (exitCode, output) = CommandRunner.RunAsync("pg_config", ["--bindir"], TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
            return exitCode == 0 && output.Length > 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // pg_config is not installed.
            return null;
        }
    }

    private static bool HasServerBinaries(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl")) && File.Exists(Path.Combine(directory, "postgres"));
}
