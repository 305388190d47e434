using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Manifests.Generators.Domain.Images;

/// <summary>
/// The one place that knows the image reference grammar, after github.com/distribution/reference:
/// <code>
/// reference  := name [ ":" tag ] [ "@" digest ]
/// name       := [ domain "/" ] path-component [ "/" path-component ]*      (path at most 255 characters)
/// domain     := host [ ":" port ]          host := dns-label [ "." dns-label ]* | "[" ipv6 "]"
/// path-component := [a-z0-9]+ ( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )*
/// tag        := [\w][\w.-]{0,127}
/// digest     := algorithm ":" hex       (sha256: 64, sha384: 96, sha512: 128 lower-case hex digits)
/// </code>
/// The first path component is the registry when it contains '.' or ':', is <c>localhost</c>, or is a bracketed IPv6
/// address, as Docker decides. Instead of a yes/no it names each problem, so that the message can say what to change:
/// a problem with a mechanical repair (whitespace around it, a URL scheme, upper case) is repaired and the rest checked
/// again, so that one message names them all and the fix repairs them all.
/// </summary>
/// <remarks>
/// Where the regular expression of distribution/reference accepts a string that no pull can succeed with, this parser
/// rejects it, and says why: a first component that looks like a host but is not a valid one (<c>foo_bar.com/app</c>),
/// an upper-case first component without '.' or ':' (<c>Shop/app</c>, which Docker would send to a host called "Shop"),
/// a port above 65535, an IPv6 literal that is no address, a lone host with no repository (<c>localhost:5000</c>), and a
/// digest algorithm the runtimes do not support.
/// </remarks>
internal static class ImageReferenceParser
{
    /// <summary>The longest repository path distribution/reference accepts.</summary>
    public const int MaxPathLength = 255;

    /// <summary>The longest tag.</summary>
    public const int MaxTagLength = 128;

    private const string Example = "'registry.example.com/team/app:1.0.0'";

    /// <summary>The most mechanical repairs applied one after another: trimming, removing a scheme, lower-casing.</summary>
    private const int MostRepairs = 3;

    /// <summary>Parses <paramref name="text"/>; on failure returns null and says what is wrong in <paramref name="problem"/>.</summary>
    public static ImageReference? Parse(string text, out ImageProblem? problem)
    {
        problem = Check(text, out var reference);
        if (problem is null)
        {
            return reference;
        }
        // Repair what is mechanical and look again, so that every problem is named and the suggestion fixes them all.
        var reason = problem.Reason;
        string? repaired = null;
        var candidate = problem.Suggestion;
        for (var i = 0; candidate is not null && i < MostRepairs; i++)
        {
            if (Check(candidate, out _) is not { } next)
            {
                repaired = candidate;
                break;
            }
            reason += "; and " + next.Reason;
            candidate = next.Suggestion;
        }
        if (!ReferenceEquals(reason, problem.Reason) || repaired != problem.Suggestion)
        {
            problem = new ImageProblem(reason, repaired);
        }
        return null;
    }

    /// <summary>Whether <paramref name="text"/> is a valid reference.</summary>
    public static bool IsValid(string text) => Check(text, out _) is null;

    private static ImageProblem? Check(string text, out ImageReference? reference)
    {
        reference = null;
        if (text.Trim().Length == 0)
        {
            return new ImageProblem($"the image is empty: write a reference such as {Example}");
        }
        if (text.Trim().Length != text.Length)
        {
            return new ImageProblem("it starts or ends with whitespace: remove it", Repaired(text.Trim()));
        }
        var scheme = text.IndexOf("://", System.StringComparison.Ordinal);
        if (scheme >= 0)
        {
            return new ImageProblem(
                $"an image reference has no URL scheme: remove '{text.Substring(0, scheme + 3)}'",
                Repaired(text.Substring(scheme + 3)));
        }
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return new ImageProblem($"it contains {Describe(c)}: an image reference has no spaces or control characters");
            }
        }
        if (text.Length == 64 && IsLowerHex(text, 0, 64))
        {
            return new ImageProblem("a bare 64-digit image ID cannot be pulled: write the repository and pin the ID as a digest, 'repository@sha256:<id>'");
        }

        // The digest follows the only '@'.
        var nameAndTag = text;
        string? digest = null;
        var at = text.IndexOf('@');
        if (at >= 0)
        {
            if (text.IndexOf('@', at + 1) >= 0)
            {
                return new ImageProblem("it contains more than one '@': a reference has at most one digest, after a single '@'");
            }
            nameAndTag = text.Substring(0, at);
            digest = text.Substring(at + 1);
            if (CheckDigest(digest) is { } digestProblem)
            {
                return digestProblem;
            }
        }

        // The tag follows the first ':' after the last '/': a ':' before that belongs to the registry's port.
        var lastSlash = nameAndTag.LastIndexOf('/');
        if (lastSlash < 0 && nameAndTag.StartsWith("[", System.StringComparison.Ordinal))
        {
            return new ImageProblem($"'{nameAndTag}' is a registry address with no repository: add the repository path, such as '{nameAndTag}/team/app:1.0.0'");
        }
        var name = nameAndTag;
        string? tag = null;
        var colon = nameAndTag.IndexOf(':', lastSlash + 1);
        if (colon >= 0)
        {
            name = nameAndTag.Substring(0, colon);
            tag = nameAndTag.Substring(colon + 1);
            if (CheckTag(tag) is { } tagProblem)
            {
                return tagProblem;
            }
        }
        if (name.Length == 0)
        {
            return new ImageProblem($"it has no repository name before '{(tag is null ? "@" : ":")}': write one, such as {Example}");
        }

        // The registry, when the first component is one.
        string? domain = null;
        var path = name;
        var firstSlash = name.IndexOf('/');
        if (firstSlash > 0)
        {
            var first = name.Substring(0, firstSlash);
            if (LooksLikeHost(first))
            {
                domain = first;
                path = name.Substring(firstSlash + 1);
                if (CheckDomain(domain) is { } domainProblem)
                {
                    return domainProblem;
                }
                if (path.Length == 0)
                {
                    return new ImageProblem($"it has no repository path after the registry '{domain}': add one, such as '{domain}/team/app:1.0.0'");
                }
            }
        }
        else if (firstSlash < 0 && (name == "localhost" || name.IndexOf('.') >= 0))
        {
            // A lone "localhost:5000" or "registry.example.com" is a registry someone forgot to add the path to.
            var host = tag is null ? name : name + ":" + tag;
            return new ImageProblem($"'{host}' looks like a registry with no repository: add the repository path, such as '{host}/team/app:1.0.0'");
        }

        if (CheckPath(path, out var hasUpperCase) is { } pathProblem)
        {
            return pathProblem;
        }
        if (hasUpperCase)
        {
            var lower = ToLowerAscii(path);
            var repaired = (domain is null ? string.Empty : domain + "/") + lower
                + (tag is null ? string.Empty : ":" + tag) + (digest is null ? string.Empty : "@" + digest);
            return new ImageProblem($"repository name must be lowercase: '{path}': write '{lower}'", Repaired(repaired));
        }

        reference = new ImageReference(text, domain, path, tag, digest);
        if (reference.RepositoryPath.Length > MaxPathLength)
        {
            var length = reference.RepositoryPath.Length.ToString(CultureInfo.InvariantCulture);
            reference = null;
            return new ImageProblem($"the repository path is {length} characters long: at most {MaxPathLength.ToString(CultureInfo.InvariantCulture)} are allowed, so shorten it");
        }
        return null;
    }

    /// <summary>Docker's rule: a first component with '.' or ':', <c>localhost</c>, or an IPv6 literal is a registry host.</summary>
    private static bool LooksLikeHost(string component)
        => component == "localhost" || component.IndexOf('.') >= 0 || component.IndexOf(':') >= 0 || component[0] == '[';

    private static ImageProblem? CheckDomain(string domain)
    {
        string host;
        string? port = null;
        if (domain[0] == '[')
        {
            var close = domain.IndexOf(']');
            if (close < 0)
            {
                return new ImageProblem($"the registry '{domain}' opens an IPv6 address with '[' but never closes it with ']'");
            }
            host = domain.Substring(0, close + 1);
            var rest = domain.Substring(close + 1);
            if (rest.Length > 0)
            {
                if (rest[0] != ':')
                {
                    return new ImageProblem($"the registry '{domain}' has '{rest}' after its IPv6 address: only ':port' may follow ']'");
                }
                port = rest.Substring(1);
            }
            var address = host.Substring(1, host.Length - 2);
            if (address.Length == 0 || !IsIpv6Text(address)
                || !IPAddress.TryParse(address, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return new ImageProblem($"the registry host '{host}' is not an IPv6 address: write it as in '[fd00:1:2::3]:5000', without a zone");
            }
        }
        else
        {
            var colon = domain.IndexOf(':');
            host = colon < 0 ? domain : domain.Substring(0, colon);
            port = colon < 0 ? null : domain.Substring(colon + 1);
            if (CheckHostName(host) is { } hostProblem)
            {
                return hostProblem;
            }
        }

        if (port is null)
        {
            return null;
        }
        if (port.Length == 0 || !IsDigits(port))
        {
            return new ImageProblem($"the registry port '{port}' of '{domain}' must be a number, such as '{host}:5000'");
        }
        if (port.Length > 5 || int.Parse(port, CultureInfo.InvariantCulture) is < 1 or > 65535)
        {
            return new ImageProblem($"the registry port {port} of '{domain}' is out of range: a port is 1 to 65535");
        }
        return null;
    }

    private static ImageProblem? CheckHostName(string host)
    {
        const string rule = "a host name is labels of letters, digits and '-' (not first or last), separated by '.'";
        if (host.Length == 0)
        {
            return new ImageProblem("the registry has a port but no host name: write it as 'registry.example.com:5000'");
        }
        var labels = host.Split('.');
        foreach (var label in labels)
        {
            if (label.Length == 0)
            {
                return new ImageProblem($"the registry host '{host}' has an empty label (a leading, trailing or doubled '.'): {rule}");
            }
            foreach (var c in label)
            {
                if (!IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return new ImageProblem($"the registry host '{host}' contains {Describe(c)}: {rule}");
                }
            }
            if (label[0] == '-' || label[label.Length - 1] == '-')
            {
                return new ImageProblem($"the registry host '{host}' has a label that starts or ends with '-': {rule}");
            }
        }
        return null;
    }

    /// <summary>Checks each '/'-separated component; upper case is reported last, so the fix only lower-cases when nothing else is wrong.</summary>
    private static ImageProblem? CheckPath(string path, out bool hasUpperCase)
    {
        hasUpperCase = false;
        const string rule = "a path component is lowercase letters and digits, separated by one '.', one or two '_', or any number of '-'";
        foreach (var component in path.Split('/'))
        {
            if (component.Length == 0)
            {
                return new ImageProblem($"the repository path '{path}' has an empty component (a leading, trailing or doubled '/'): remove the extra '/'");
            }
            foreach (var c in component)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    hasUpperCase = true;
                }
                else if (!IsLowerAlphanumeric(c) && c is not ('.' or '_' or '-'))
                {
                    return new ImageProblem($"the repository path component '{component}' contains {Describe(c)}: {rule}");
                }
            }
            var lower = ToLowerAscii(component);
            if (!IsLowerAlphanumeric(lower[0]) || !IsLowerAlphanumeric(lower[lower.Length - 1]))
            {
                return new ImageProblem($"the repository path component '{component}' must start and end with a lowercase letter or digit");
            }
            for (var i = 0; i < lower.Length;)
            {
                if (IsLowerAlphanumeric(lower[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < lower.Length && !IsLowerAlphanumeric(lower[i]))
                {
                    i++;
                }
                var separator = lower.Substring(start, i - start);
                if (!IsSeparator(separator))
                {
                    return new ImageProblem($"the repository path component '{component}' has '{separator}' between letters: {rule}");
                }
            }
        }
        return null;
    }

    private static bool IsSeparator(string run)
    {
        if (run is "." or "_" or "__")
        {
            return true;
        }
        foreach (var c in run)
        {
            if (c != '-')
            {
                return false;
            }
        }
        return true;
    }

    private static ImageProblem? CheckTag(string tag)
    {
        const string rule = "a tag is letters, digits, '_', '.' and '-', starts with a letter, digit or '_', and has at most 128 characters";
        if (tag.Length == 0)
        {
            return new ImageProblem("it ends its name with ':' but has no tag after it: write the tag, such as ':1.0.0', or remove the ':'");
        }
        if (tag.Length > MaxTagLength)
        {
            return new ImageProblem($"the tag is {tag.Length.ToString(CultureInfo.InvariantCulture)} characters long: {rule}");
        }
        foreach (var c in tag)
        {
            if (!IsWordCharacter(c) && c is not ('.' or '-'))
            {
                return new ImageProblem($"the tag '{tag}' contains {Describe(c)}: {rule}");
            }
        }
        if (!IsWordCharacter(tag[0]))
        {
            return new ImageProblem($"the tag '{tag}' starts with '{tag[0]}': {rule}");
        }
        return null;
    }

    private static ImageProblem? CheckDigest(string digest)
    {
        const string example = "'sha256:' and 64 lowercase hex digits";
        if (digest.Length == 0)
        {
            return new ImageProblem($"it has '@' but no digest after it: write {example}, or remove the '@'");
        }
        var colon = digest.IndexOf(':');
        if (colon < 0)
        {
            return new ImageProblem($"the digest '{Shorten(digest)}' has no ':' between its algorithm and its hex digits: write {example}");
        }
        var algorithm = digest.Substring(0, colon);
        var hex = digest.Substring(colon + 1);
        if (!IsDigestAlgorithm(algorithm))
        {
            return new ImageProblem($"the digest algorithm '{algorithm}' is malformed: write {example}");
        }
        var expected = algorithm switch { "sha256" => 64, "sha384" => 96, "sha512" => 128, _ => 0 };
        if (expected == 0)
        {
            // The grammar allows any algorithm, but the runtimes that pull images only verify these three.
            return new ImageProblem($"the digest algorithm '{algorithm}' is not supported by container runtimes: use sha256 (or sha384, sha512)");
        }
        var rule = $"a {algorithm} digest is {expected.ToString(CultureInfo.InvariantCulture)} lowercase hex digits";
        if (!IsHex(hex))
        {
            return new ImageProblem($"the digest '{Shorten(hex)}' contains characters that are not hex digits: {rule}; copy it again from the registry");
        }
        if (!IsLowerHex(hex, 0, hex.Length))
        {
            return new ImageProblem($"the digest '{Shorten(hex)}' has upper-case hex digits: {rule}; write them in lower case");
        }
        if (hex.Length != expected)
        {
            return new ImageProblem($"the digest '{Shorten(hex)}' has {hex.Length.ToString(CultureInfo.InvariantCulture)} hex digits: {rule}; copy it again from the registry");
        }
        return null;
    }

    private static bool IsDigestAlgorithm(string algorithm)
    {
        // component ( [+._-] component )*, where a component is a letter followed by letters and digits.
        var expectLetter = true;
        foreach (var c in algorithm)
        {
            if (expectLetter)
            {
                if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
                {
                    return false;
                }
                expectLetter = false;
            }
            else if (c is '+' or '.' or '_' or '-')
            {
                expectLetter = true;
            }
            else if (!IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }
        return !expectLetter;
    }

    /// <summary>A repair is only offered when it yields a valid reference.</summary>
    /// <summary>A mechanical repair, checked again by <see cref="Parse"/>.</summary>
    private static string Repaired(string candidate) => candidate;

    private static string Describe(char c) => c switch
    {
        ' ' => "a space",
        '\t' => "a tab",
        _ when char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) => "the character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
        _ => "'" + c + "'",
    };

    private static string Shorten(string text) => text.Length <= 16 ? text : text.Substring(0, 12) + "…";

    private static string ToLowerAscii(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(chars[i] + ('a' - 'A'));
            }
        }
        return new string(chars);
    }

    private static bool IsIpv6Text(string text)
    {
        foreach (var c in text)
        {
            if (!(c == ':' || c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F')))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsLowerAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    /// <summary>Go's <c>\w</c>: ASCII letters, digits and '_'.</summary>
    private static bool IsWordCharacter(char c) => IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsLowerHex(string text, int start, int length)
    {
        if (length == 0)
        {
            return false;
        }
        for (var i = start; i < start + length; i++)
        {
            if (!(text[i] is (>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!(c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F')))
            {
                return false;
            }
        }
        return true;
    }
}
