using System.Text;

namespace Manifests.Generators.Domain.Kubernetes;

/// <summary>Turns C# type names into the kebab-case Kubernetes names default to: <c>OrderAPIServer</c> becomes <c>order-api-server</c>.</summary>
internal static class KebabCase
{
    public static string From(string identifier)
    {
        var builder = new StringBuilder(identifier.Length + 4);
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (c == '_')
            {
                AppendDash(builder);
                continue;
            }

            if (char.IsUpper(c))
            {
                var previous = i > 0 ? identifier[i - 1] : '\0';
                var next = i + 1 < identifier.Length ? identifier[i + 1] : '\0';
                // A word starts at an upper-case letter after a lower-case letter or digit ("orderApi"),
                // or at the last capital of an acronym followed by lower case ("APIServer" -> "api-server").
                var startsWord = char.IsLower(previous) || char.IsDigit(previous)
                    || (char.IsUpper(previous) && char.IsLower(next));
                if (startsWord)
                {
                    AppendDash(builder);
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Trim('-');
    }

    private static void AppendDash(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[builder.Length - 1] != '-')
        {
            builder.Append('-');
        }
    }
}
