namespace Registry.Infrastructure;

/// <summary>
/// The embedded server's superuser password, in a file only its owner may read (0600) in the data directory, and
/// a pg_hba.conf that asks for it (SCRAM) on loopback TCP. A data directory initialised with trust by an earlier
/// version is locked the same way on its next start.
/// </summary>
internal static class EmbeddedCredentials
{
    public const string PasswordFileName = "registry-password";

    private const string LockedHba =
        "# Written by Styrdokumentregistret: every connection needs the password in registry-password (SCRAM).\n" +
        "local all all scram-sha-256\n" +
        "host all all 127.0.0.1/32 scram-sha-256\n" +
        "host all all ::1/128 scram-sha-256\n";

    public static string? Read(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, PasswordFileName);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }

    /// <summary>With the server stopped: make sure the password is set and required; returns it.</summary>
    public static async Task<string> EnsureLockedAsync(string dataDirectory, PostgresTools tools, Action<string> log)
    {
        var hba = Path.Combine(dataDirectory, "pg_hba.conf");
        var password = Read(dataDirectory);
        if (password is not null && File.ReadAllText(hba) == LockedHba) return password;

        if (password is null)
        {
            password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            WritePrivate(Path.Combine(dataDirectory, PasswordFileName), password + "\n");
            await PostgresTools.HandOverToServiceUser(Path.Combine(dataDirectory, PasswordFileName), recursive: false);
        }
        log($"Låser PostgreSQL i {dataDirectory} med lösenord (scram-sha-256)");
        // Single-user mode needs no connection, so there is no moment when the server accepts anyone.
        var output = await tools.RunAsync("postgres",
            $"--single -D \"{dataDirectory}\" -c password_encryption=scram-sha-256 {PostgresTools.Superuser}",
            input: $"ALTER ROLE {PostgresTools.Superuser} WITH PASSWORD '{password}';\n");
        if (output.Contains("ERROR", StringComparison.Ordinal) || output.Contains("FATAL", StringComparison.Ordinal))
            throw new InvalidOperationException($"Kunde inte sätta lösenordet för PostgreSQL i {dataDirectory}: {output}");
        WritePrivate(hba, LockedHba);
        await PostgresTools.HandOverToServiceUser(hba, recursive: false);
        return password;
    }

    private static void WritePrivate(string path, string content)
    {
        // The embedded server runs on Linux only (initdb, pg_ctl, runuser).
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException();
        var options = new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        };
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(content);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
