namespace Manifests.Generators.Domain.Kubernetes;

/// <summary>
/// The Kubernetes API server's validation rules for names, labels and ports (k8s.io/apimachinery
/// <c>validation.go</c>). Each check returns null when the value is valid, else the reason in Kubernetes' own words,
/// so a user meets the same sentence here as in a rejected <c>kubectl apply</c>.
/// </summary>
/// <remarks>
/// The grammars (Kubernetes' regular expressions, quoted on each matcher) are scanned by hand: the analyzers check
/// every name, key and value of every workload on each keystroke, and a regex costs several times more. Unlike a
/// regex's <c>$</c>, nothing here lets a trailing line feed through.
/// </remarks>
internal static class KubernetesGrammar
{
    /// <summary>Deployment, ReplicaSet and most object names.</summary>
    public static string? CheckDns1123Subdomain(string value)
    {
        if (value.Length == 0)
        {
            return "a name must not be empty";
        }
        if (value.Length > 253)
        {
            return $"must be no more than 253 characters (it has {value.Length})";
        }
        return IsDns1123Subdomain(value)
            ? null
            : "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";
    }

    /// <summary>Namespaces and container names.</summary>
    public static string? CheckDns1123Label(string value)
    {
        if (value.Length == 0)
        {
            return "a name must not be empty";
        }
        if (value.Length > 63)
        {
            return $"must be no more than 63 characters (it has {value.Length})";
        }
        return IsDns1123Label(value, 0, value.Length)
            ? null
            : "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";
    }

    /// <summary>Service names.</summary>
    public static string? CheckDns1035Label(string value)
    {
        if (value.Length == 0)
        {
            return "a name must not be empty";
        }
        if (value.Length > 63)
        {
            return $"must be no more than 63 characters (it has {value.Length})";
        }
        return value[0] is >= 'a' and <= 'z' && IsDns1123Label(value, 0, value.Length)
            ? null
            : "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')";
    }

    /// <summary>Label, annotation, node selector and toleration keys: an optional DNS subdomain prefix and '/', then a name.</summary>
    public static string? CheckQualifiedName(string value)
    {
        var name = value;
        var slash = value.IndexOf('/');
        if (slash >= 0)
        {
            var prefix = value.Substring(0, slash);
            name = value.Substring(slash + 1);
            if (prefix.Length == 0)
            {
                return "prefix part must be non-empty";
            }
            if (CheckDns1123Subdomain(prefix) is { } prefixProblem)
            {
                return "prefix part " + prefixProblem;
            }
            if (name.IndexOf('/') >= 0)
            {
                return "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character, with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
            }
        }
        if (name.Length == 0)
        {
            return "name part must be non-empty";
        }
        if (name.Length > 63)
        {
            return $"name part must be no more than 63 characters (it has {name.Length})";
        }
        return IsQualifiedNamePart(name)
            ? null
            : "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')";
    }

    /// <summary>Label and node selector values (and toleration values).</summary>
    public static string? CheckLabelValue(string value)
    {
        if (value.Length > 63)
        {
            return $"must be no more than 63 characters (it has {value.Length})";
        }
        return value.Length == 0 || IsQualifiedNamePart(value)
            ? null
            : "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')";
    }

    /// <summary>Port names (IANA_SVC_NAME, RFC 6335).</summary>
    public static string? CheckPortName(string value)
    {
        if (value.Length == 0)
        {
            return "a port name must not be empty";
        }
        if (value.Length > 15)
        {
            return $"must be no more than 15 characters (it has {value.Length})";
        }
        var hasLetter = false;
        foreach (var c in value)
        {
            if (c is >= 'a' and <= 'z')
            {
                hasLetter = true;
            }
            else if (c is not ((>= '0' and <= '9') or '-'))
            {
                return "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)";
            }
        }
        if (value.Contains("--"))
        {
            return "must not contain consecutive hyphens";
        }
        if (!hasLetter)
        {
            return "must contain at least one letter (a-z)";
        }
        if (value[0] == '-' || value[value.Length - 1] == '-')
        {
            return "must not begin or end with a hyphen";
        }
        return null;
    }

    /// <summary>Environment variable names, as clusters before 1.34 require them (C identifiers plus '-' and '.').</summary>
    public static string? CheckEnvVarName(string value)
    {
        if (value.Length == 0)
        {
            return "a name must not be empty";
        }
        return IsCIdentifier(value)
            ? null
            : "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name', or 'MY_ENV.NAME', or 'MyEnvName1')";
    }

    /// <summary>ConfigMap and Secret keys: <c>[-._a-zA-Z0-9]+</c>, at most 253 characters, neither <c>.</c> nor <c>..</c>.</summary>
    public static string? CheckConfigKey(string value)
    {
        if (value.Length == 0)
        {
            return "a key must not be empty";
        }
        if (value.Length > 253)
        {
            return $"must be no more than 253 characters (it has {value.Length})";
        }
        foreach (var c in value)
        {
            if (!IsAlphanumeric(c) && c is not ('-' or '.' or '_'))
            {
                return "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name', or 'KEY_NAME', or 'key-name')";
            }
        }
        return value is "." or ".." ? "must not be '.' or '..'" : null;
    }

    /// <summary>Port numbers: container, Service, target and node ports.</summary>
    public static bool IsPortNumber(int value) => value is >= 1 and <= 65535;

    /// <summary><c>[a-z0-9]([-a-z0-9]*[a-z0-9])?</c> over <c>value[start..end)</c>.</summary>
    private static bool IsDns1123Label(string value, int start, int end)
    {
        if (end <= start || !IsLowerAlphanumeric(value[start]) || !IsLowerAlphanumeric(value[end - 1]))
        {
            return false;
        }
        for (var i = start + 1; i < end - 1; i++)
        {
            if (!IsLowerAlphanumeric(value[i]) && value[i] != '-')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary><c>[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*</c>: DNS-1123 labels joined by dots.</summary>
    private static bool IsDns1123Subdomain(string value)
    {
        var start = 0;
        for (var dot = value.IndexOf('.'); dot >= 0; dot = value.IndexOf('.', start))
        {
            if (!IsDns1123Label(value, start, dot))
            {
                return false;
            }
            start = dot + 1;
        }
        return IsDns1123Label(value, start, value.Length);
    }

    /// <summary><c>([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]</c>.</summary>
    private static bool IsQualifiedNamePart(string value)
    {
        if (value.Length == 0 || !IsAlphanumeric(value[0]) || !IsAlphanumeric(value[value.Length - 1]))
        {
            return false;
        }
        for (var i = 1; i < value.Length - 1; i++)
        {
            if (!IsAlphanumeric(value[i]) && value[i] is not ('-' or '_' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary><c>[-._a-zA-Z][-._a-zA-Z0-9]*</c>.</summary>
    private static bool IsCIdentifier(string value)
    {
        if (value.Length == 0 || value[0] is >= '0' and <= '9')
        {
            return false;
        }
        foreach (var c in value)
        {
            if (!IsAlphanumeric(c) && c is not ('-' or '.' or '_'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsLowerAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static bool IsAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
