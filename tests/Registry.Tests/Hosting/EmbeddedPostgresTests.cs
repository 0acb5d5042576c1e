namespace Registry.Tests.Hosting;

/// <summary>The embedded server is shared, never stopped by a process that did not start it, and locked (issue 13, points 1–2).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EmbeddedPostgresTests
{
    private static string NewDirectory() => Path.Combine(Path.GetTempPath(), "registry-pg-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_second_start_in_a_running_data_directory_uses_that_server_and_never_stops_it()
    {
        await using var first = await EmbeddedPostgres.StartAsync(NewDirectory(), deleteOnDispose: true);
        Assert.True(first.OwnsServer);

        var second = await EmbeddedPostgres.StartAsync(first.DataDirectory);
        Assert.False(second.OwnsServer);
        Assert.Equal(first.Port, second.Port);
        Assert.Equal(1, await SelectOne(second.ConnectionString("postgres")));
        await second.StopAsync();
        await second.DisposeAsync();

        Assert.Equal(1, await SelectOne(first.ConnectionString("postgres")));
    }

    [Fact]
    public async Task A_connection_without_the_password_or_with_a_wrong_one_is_refused()
    {
        var directory = NewDirectory();
        await using var server = await EmbeddedPostgres.StartAsync(directory, deleteOnDispose: true);
        var withPassword = new NpgsqlConnectionStringBuilder(server.ConnectionString("postgres"));

        var without = new NpgsqlConnectionStringBuilder(withPassword.ConnectionString) { Password = null, Pooling = false };
        var refused = await Assert.ThrowsAnyAsync<NpgsqlException>(() => SelectOne(without.ConnectionString));
        Assert.Contains("password", refused.Message, StringComparison.OrdinalIgnoreCase);

        var wrong = new NpgsqlConnectionStringBuilder(withPassword.ConnectionString) { Password = "gissat", Pooling = false };
        var denied = await Assert.ThrowsAsync<PostgresException>(() => SelectOne(wrong.ConnectionString));
        Assert.Equal("28P01", denied.SqlState);

        var file = Path.Combine(directory, "registry-password");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(withPassword.Password, (await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).Trim());
        var hba = await File.ReadAllLinesAsync(Path.Combine(directory, "pg_hba.conf"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(hba, line => !line.StartsWith('#') && line.Contains("trust"));
    }

    [Fact]
    public async Task A_data_directory_left_open_with_trust_by_an_older_version_is_locked_on_its_next_start()
    {
        var directory = NewDirectory();
        var old = await EmbeddedPostgres.StartAsync(directory);
        await Execute(old.ConnectionString("postgres"), "create table kept(value int); insert into kept values (42)");
        await old.StopAsync();
        // What an older version left: trust on loopback and no password file.
        await File.WriteAllTextAsync(Path.Combine(directory, "pg_hba.conf"),
            "local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n", TestContext.Current.CancellationToken);
        File.Delete(Path.Combine(directory, "registry-password"));
        var oldPassword = new NpgsqlConnectionStringBuilder(old.ConnectionString("postgres")).Password;

        await using var upgraded = await EmbeddedPostgres.StartAsync(directory, deleteOnDispose: true);
        var builder = new NpgsqlConnectionStringBuilder(upgraded.ConnectionString("postgres"));
        Assert.NotEqual(oldPassword, builder.Password);
        Assert.Equal(42, await SelectOne(builder.ConnectionString, "select value from kept"));
        var without = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Password = null, Pooling = false };
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => SelectOne(without.ConnectionString));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(directory, "registry-password")));
    }

    private static async Task<int> SelectOne(string connectionString, string sql = "select 1")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
