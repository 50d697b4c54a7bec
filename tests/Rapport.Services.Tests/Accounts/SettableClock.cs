namespace Rapport.Services.Tests.Accounts;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
