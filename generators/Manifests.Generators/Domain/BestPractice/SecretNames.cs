using System;
using System.Collections.Generic;

namespace Manifests.Generators.Domain.BestPractice;

/// <summary>
/// Whether an environment variable's name says it holds a secret (KM503), by its words, never by substrings:
/// <c>DB_PASSWORD</c>, <c>dbPassword</c>, <c>GITHUB_TOKEN</c>, <c>STRIPE_API_KEY</c>, <c>ApiKey</c>, <c>MYSQL_PWD</c> do;
/// <c>PASSWORDLESS_LOGIN</c>, <c>BYPASS_CACHE</c>, <c>TOKENIZER</c>, <c>SECRETARY_EMAIL</c> do not. A name whose last word
/// says it is about the secret rather than the secret itself does not either: <c>DB_PASSWORD_FILE</c> (a path, the
/// Docker convention), <c>TOKEN_URL</c>, <c>SECRET_NAME</c>, <c>PASSWORD_MIN_LENGTH</c>, <c>TOKEN_TTL</c>. One exception
/// to words: a word that ends in <c>PASSWORD</c> or <c>PASSWD</c> is a password (<c>PGPASSWORD</c>, libpq's), since no
/// word but a password ends so.
/// </summary>
internal static class SecretNames
{
    /// <summary>Words that are a secret on their own.</summary>
    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "PASSWORD", "PASSWORDS", "PASSWD", "PASSPHRASE", "SECRET", "SECRETS", "TOKEN", "TOKENS",
        "APIKEY", "APIKEYS", "PRIVATEKEY", "CREDENTIAL", "CREDENTIALS", "CREDS",
    };

    /// <summary>Abbreviations that are a password only as the last word after another (<c>DB_PASS</c>, <c>MYSQL_PWD</c>): alone, <c>PWD</c> is the working directory.</summary>
    private static readonly HashSet<string> TrailingAbbreviations = new(StringComparer.Ordinal) { "PASS", "PWD" };

    /// <summary>Words that make the word <c>KEY</c> after them a secret: <c>API_KEY</c>, <c>PRIVATE_KEY</c>, <c>ACCOUNT_KEY</c>.</summary>
    private static readonly HashSet<string> KeyKinds = new(StringComparer.Ordinal)
    {
        "API", "PRIVATE", "SIGNING", "ENCRYPTION", "ACCOUNT", "MASTER", "AUTH", "SESSION", "HMAC", "JWT",
    };

    /// <summary>Last words that make the name about the secret, not the secret: where it is, what it is called, how long it lives.</summary>
    private static readonly HashSet<string> AboutTheSecret = new(StringComparer.Ordinal)
    {
        "FILE", "FILENAME", "PATH", "DIR", "DIRECTORY", "LOCATION", "MOUNT",
        "URL", "URI", "ENDPOINT", "HOST", "PORT",
        "NAME", "REF", "TYPE", "HEADER", "FIELD", "PARAM", "PREFIX", "PROVIDER", "ISSUER", "AUDIENCE", "ALGORITHM", "POLICY",
        "TTL", "EXPIRY", "EXPIRATION", "LIFETIME", "TIMEOUT", "SECONDS", "MINUTES", "HOURS", "DAYS",
        "LENGTH", "SIZE", "COUNT", "MIN", "MAX", "ENABLED", "DISABLED", "REQUIRED",
    };

    /// <summary>
    /// The part of <paramref name="name"/> that says it is a secret, as written (<c>PASSWORD</c>, <c>ApiKey</c>,
    /// <c>API_KEY</c>); null when it says nothing of the kind.
    /// </summary>
    public static string? SecretPart(string name)
    {
        var words = Words(name);
        if (words.Count == 0 || AboutTheSecret.Contains(Upper(name, words[words.Count - 1])))
        {
            return null;
        }
        for (var i = 0; i < words.Count; i++)
        {
            var word = Upper(name, words[i]);
            if (SecretWords.Contains(word) || EndsInPassword(word))
            {
                return Text(name, words[i], words[i]);
            }
            if (word == "KEY" && i > 0 && KeyKinds.Contains(Upper(name, words[i - 1])))
            {
                return Text(name, words[i - 1], words[i]);
            }
            if (i == words.Count - 1 && i > 0 && TrailingAbbreviations.Contains(word))
            {
                return Text(name, words[i], words[i]);
            }
        }
        return null;
    }

    private static bool EndsInPassword(string word)
        => word.EndsWith("PASSWORD", StringComparison.Ordinal) || word.EndsWith("PASSWD", StringComparison.Ordinal);

    /// <summary>
    /// The words of a name: runs of letters or of digits, split at anything else (<c>_</c>, <c>-</c>, <c>.</c>) and where
    /// the case says a word starts (<c>dbPassword</c>: db, Password; <c>APIKey</c>: API, Key).
    /// </summary>
    private static List<(int Start, int End)> Words(string name)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : '\0';
            var isPart = char.IsLetterOrDigit(c);
            if (start >= 0 && (!isPart || StartsWord(name, i)))
            {
                words.Add((start, i));
                start = -1;
            }
            if (isPart && start < 0)
            {
                start = i;
            }
        }
        return words;
    }

    private static bool StartsWord(string name, int i)
    {
        var previous = name[i - 1];
        var c = name[i];
        var next = i + 1 < name.Length ? name[i + 1] : '\0';
        return char.IsDigit(c) != char.IsDigit(previous)
            || (char.IsUpper(c) && char.IsLower(previous))
            || (char.IsUpper(c) && char.IsUpper(previous) && char.IsLower(next));
    }

    private static string Upper(string name, (int Start, int End) word) => name.Substring(word.Start, word.End - word.Start).ToUpperInvariant();

    private static string Text(string name, (int Start, int End) first, (int Start, int End) last) => name.Substring(first.Start, last.End - first.Start);
}
