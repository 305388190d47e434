using System;

namespace Manifests.Generators.Domain.BestPractice;

/// <summary>What a literal environment value shows of a secret, whatever the variable's name (KM503).</summary>
internal enum SecretEvidence
{
    None,

    /// <summary>A connection string with a <c>Password=</c> or <c>Pwd=</c> entry, as ADO.NET drivers read them.</summary>
    ConnectionStringPassword,

    /// <summary>A URL with a password in its user info: <c>postgres://shop:hunter2@db/shop</c>.</summary>
    UrlPassword,
}

/// <summary>
/// Reads literal environment values for KM503: the ones that cannot hold a secret (nothing, a yes or no, another
/// variable), and the ones that show a password whatever the variable is called.
/// </summary>
internal static class SecretValues
{
    /// <summary>
    /// Whether <paramref name="value"/> cannot be a secret: empty, a boolean word (<c>ALLOW_EMPTY_PASSWORD=yes</c>), or
    /// only a reference to another variable, which Kubernetes expands (<c>$(DB_PASSWORD)</c>).
    /// </summary>
    public static bool CannotBeSecret(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0
            || IsBooleanWord(trimmed)
            || (trimmed.StartsWith("$(", StringComparison.Ordinal) && trimmed.EndsWith(")", StringComparison.Ordinal)
                && trimmed.IndexOf(')') == trimmed.Length - 1);
    }

    /// <summary>The password a value shows, with what the message needs: the keyword as written, or the URL's scheme.</summary>
    public static (SecretEvidence Evidence, string Detail) Find(string value)
    {
        if (PasswordKeyword(value) is { } keyword)
        {
            return (SecretEvidence.ConnectionStringPassword, keyword);
        }
        if (UrlScheme(value) is { } scheme)
        {
            return (SecretEvidence.UrlPassword, scheme);
        }
        return (SecretEvidence.None, string.Empty);
    }

    private static bool IsBooleanWord(string value)
        => value.Length <= 5
            && (value is "0" or "1"
                || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, "yes", StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, "no", StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, "on", StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, "off", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// <c>Server=db;User Id=shop;Password=hunter2</c> (ADO.NET) or <c>host=db password=hunter2</c> (libpq): the entry's
    /// keyword when one of two or more entries is a password that is not empty.
    /// </summary>
    private static string? PasswordKeyword(string value)
    {
        var entries = value.IndexOf(';') >= 0 ? value.Split(';') : value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        string? found = null;
        var settings = 0;
        foreach (var entry in entries)
        {
            var equals = entry.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }
            settings++;
            var keyword = entry.Substring(0, equals).Trim();
            var secret = entry.Substring(equals + 1).Trim();
            if (found is null
                && (string.Equals(keyword, "password", StringComparison.OrdinalIgnoreCase) || string.Equals(keyword, "pwd", StringComparison.OrdinalIgnoreCase))
                && !CannotBeSecret(secret))
            {
                found = keyword;
            }
        }
        // One entry alone is a setting (PASSWORD_POLICY=strict), not a connection string.
        return settings >= 2 ? found : null;
    }

    /// <summary><c>scheme://user:password@host</c> (the user may be empty): the scheme when the password is not.</summary>
    private static string? UrlScheme(string value)
    {
        var separator = value.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0 || !IsScheme(value, separator))
        {
            return null;
        }
        var authorityStart = separator + 3;
        var authorityEnd = value.IndexOfAny(['/', '?', '#'], authorityStart);
        var authority = authorityEnd < 0 ? value.Substring(authorityStart) : value.Substring(authorityStart, authorityEnd - authorityStart);
        var at = authority.LastIndexOf('@');
        if (at < 0)
        {
            return null;
        }
        var colon = authority.IndexOf(':');
        return colon >= 0 && colon < at - 1 ? value.Substring(0, separator) : null;
    }

    /// <summary>RFC 3986: a letter, then letters, digits, '+', '-' or '.'.</summary>
    private static bool IsScheme(string value, int length)
    {
        if (!IsAsciiLetter(value[0]))
        {
            return false;
        }
        for (var i = 1; i < length; i++)
        {
            var c = value[i];
            if (!IsAsciiLetter(c) && c is not (>= '0' and <= '9' or '+' or '-' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
