using System.Diagnostics;
using Npgsql;

namespace BriefingBot.TestSupport;

/// <summary>
/// A throwaway PostgreSQL cluster for tests: <c>initdb</c> into a temporary folder, the server started from the
/// machine's own binaries on a free port of 127.0.0.1 (and a socket in that folder), stopped and deleted on
/// <see cref="Dispose"/>. Durability is off (fsync, synchronous commit): nothing outlives the tests. Each test takes
/// a database of its own with <see cref="CreateDatabase"/>. PostgreSQL's programs refuse to run as root, so under
/// root they run as the <c>postgres</c> user that the distribution's package creates.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private const string SuperUser = "postgres";

    private readonly string binaries;
    private readonly string folder;
    private readonly string? runAs;
    private bool stopped;

    public PostgresCluster()
    {
        binaries = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL's server programs (initdb, pg_ctl) were not found. Install PostgreSQL (Debian: apt install postgresql) " +
            "or set BRIEFINGBOT_PG_BIN to the folder that holds them.");
        runAs = Environment.IsPrivilegedProcess ? "postgres" : null;
        folder = Path.Combine(Path.GetTempPath(), "briefingbot-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (runAs is not null)
        {
            Run("chown", [runAs, folder]);
        }

        Port = Loopback.FreePort();
        var data = Path.Combine(folder, "data");
        Run(Path.Combine(binaries, "initdb"), ["-D", data, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], runAs);
        Run(Path.Combine(binaries, "pg_ctl"), [
            "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start", "-o",
            $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
        ], runAs);
    }

    public int Port { get; }

    /// <summary>A fresh, empty database; its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }

        return ConnectionString(name);
    }

    public void Dispose()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        NpgsqlConnection.ClearAllPools();
        try
        {
            Run(Path.Combine(binaries, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"], runAs);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The server's last files on a slow machine; the temp folder is cleaned eventually.
            }
        }
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = SuperUser, Database = database }.ConnectionString;

    private static string? FindBinaries()
    {
        static bool Holds(string? dir) => dir is not null && File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

        var configured = Environment.GetEnvironmentVariable("BRIEFINGBOT_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return Holds(configured) ? configured : null;
        }

        // Debian and Ubuntu keep each major version's server programs apart; the newest wins.
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(Holds)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var major) ? major : 0).FirstOrDefault()
            : null;
        return debian ?? (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).FirstOrDefault(Holds);
    }

    private static void Run(string program, IReadOnlyList<string> arguments, string? user = null)
    {
        var start = new ProcessStartInfo(user is null ? program : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (user is not null)
        {
            foreach (var prefix in new[] { "-u", user, "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish in 90 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }
}
