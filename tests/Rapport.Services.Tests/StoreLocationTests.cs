namespace Rapport.Services.Tests;

public sealed class StoreLocationTests
{
    [Fact]
    public void Without_options_or_environment_the_default_file_is_used()
    {
        Assert.Equal(new SqliteStoreLocation("rapport.db"), StoreLocation.Resolve(null, null, _ => null));
    }

    [Fact]
    public void An_explicit_option_wins_over_the_environment()
    {
        var location = StoreLocation.Resolve("mine.db", null, name => name == StoreLocation.PostgresVariable ? "Host=x" : "env.db");

        Assert.Equal(new SqliteStoreLocation("mine.db"), location);
    }

    [Fact]
    public void The_postgres_variable_wins_over_the_database_variable()
    {
        var location = StoreLocation.Resolve(null, null, name => name == StoreLocation.PostgresVariable ? "Host=x" : "env.db");

        Assert.Equal(new PostgresStoreLocation("Host=x"), location);
    }

    [Fact]
    public void Both_a_file_and_a_server_is_an_error()
    {
        Assert.Throws<UserErrorException>(() => StoreLocation.Resolve("a.db", "Host=x", _ => null));
    }

    [Fact]
    public void A_postgres_location_never_prints_its_connection_string()
    {
        Assert.DoesNotContain("secret", new PostgresStoreLocation("Host=x;Password=secret").ToString());
    }
}
