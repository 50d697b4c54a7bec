using System.Text;

namespace Rapport.Services.Accounts;

/// <summary>What makes an acceptable user name, password and token label. Each check throws a one-line <see cref="UserErrorException"/>.</summary>
public static class AccountRules
{
    /// <summary>The longest user name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>The shortest password, in characters (Unicode scalar values, so an emoji counts once).</summary>
    public const int MinPasswordLength = 12;

    /// <summary>
    /// The longest password. Hashing cost grows with the input, and the web server will hash whatever a sign-in
    /// form sends, so an unbounded password would be a cheap way to keep its processors busy.
    /// </summary>
    public const int MaxPasswordLength = 1024;

    /// <summary>The longest token label.</summary>
    public const int MaxLabelLength = 100;

    /// <summary>True for a name of 1 to 64 ASCII letters, digits, '.', '_' and '-'.</summary>
    /// <remarks>
    /// ASCII only: names are compared case-insensitively and shown to admins deciding whom to disable, and letters
    /// from other scripts that look like Latin ones ("аlice" with a Cyrillic а) would make two accounts look like one.
    /// </remarks>
    public static bool IsValidName(string? name) =>
        name is { Length: > 0 and <= MaxNameLength } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>Refuses a name that <see cref="IsValidName"/> does not accept.</summary>
    /// <exception cref="UserErrorException">The name is not acceptable.</exception>
    public static void CheckName(string? name)
    {
        if (!IsValidName(name))
        {
            throw new UserErrorException($"a user name is 1 to {MaxNameLength} characters: letters a-z or A-Z, digits, '.', '_' and '-'");
        }
    }

    /// <summary>Refuses a password that is too short or too long. Messages never repeat the password.</summary>
    /// <exception cref="UserErrorException">The password is not acceptable.</exception>
    public static void CheckPassword(string? password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length > MaxPasswordLength)
        {
            throw new UserErrorException($"the password is too long: at most {MaxPasswordLength} characters");
        }

        if (CountCharacters(password) < MinPasswordLength || string.IsNullOrWhiteSpace(password))
        {
            throw new UserErrorException($"the password is too weak: use at least {MinPasswordLength} characters");
        }
    }

    /// <summary>Checks a token label and returns it trimmed.</summary>
    /// <exception cref="UserErrorException">The label is empty, too long or holds control characters.</exception>
    public static string CheckLabel(string? label)
    {
        var trimmed = label?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > MaxLabelLength || trimmed.Any(char.IsControl))
        {
            throw new UserErrorException($"a token label is 1 to {MaxLabelLength} characters on one line, saying what the token is for");
        }

        return trimmed;
    }

    /// <summary>Whether a password is within the length limits, without saying why not: for sign-in, where a reason would only help guessing.</summary>
    internal static bool IsPlausiblePassword(string password) => password.Length is > 0 and <= MaxPasswordLength;

    private static int CountCharacters(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
