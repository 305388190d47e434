namespace Manifests.Tests.Analyzers;

/// <summary>
/// The reasons Kubernetes gives when it rejects a value, as a user reads them at the end of a KM1xx message. Written
/// out here, not taken from the production code, so that a changed sentence fails a test and is reviewed.
/// </summary>
internal static class RuleText
{
    public const string Subdomain =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";

    public const string Label =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";

    public const string Dns1035 =
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')";

    public const string NamePart =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')";

    public const string QualifiedName =
        "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character, with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";

    public const string LabelValue =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')";

    public const string EnvVarName =
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name', or 'MY_ENV.NAME', or 'MyEnvName1')";

    public const string Quantity =
        "write a number with an optional suffix, such as 250m or 0.5 (cpu), 128Mi or 1Gi (memory), or 1e3";

    public const string PortRange = "is out of range: a port number must be between 1 and 65535";

    /// <summary>A string of <paramref name="length"/> lowercase letters, for length boundaries.</summary>
    public static string Letters(int length) => new('a', length);
}
