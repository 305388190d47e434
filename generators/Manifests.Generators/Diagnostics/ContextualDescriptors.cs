using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>
/// A rule's descriptor with a context before its sentence, for a problem that only exists in one environment, or only
/// with the image tags the build sets: <c>In environment prod: 0/6 nodes are available: ...</c>. Same ID, title,
/// severity and help page; the context is the first argument and the sentence's own arguments follow, so messages stay
/// values, never pieces of prose. Roslyn matches a reported diagnostic to the analyzer's supported ones by ID.
/// </summary>
internal static class ContextualDescriptors
{
    private const string EnvironmentPrefix = "In environment {0}: ";

    private const string BuildTagsPrefix = "With the image tags the build sets: ";

    private static readonly ConcurrentDictionary<DiagnosticDescriptor, DiagnosticDescriptor> InEnvironments = new();
    private static readonly ConcurrentDictionary<DiagnosticDescriptor, DiagnosticDescriptor> WithBuildTags = new();

    /// <summary>A placeholder of a composite format, not an escaped brace: <c>{0}</c>, <c>{1,5}</c>, <c>{2:N}</c>.</summary>
    private static readonly Regex Placeholder = new(@"(?<!\{)\{(\d+)(?=[,:}])", RegexOptions.CultureInvariant);

    /// <summary><paramref name="descriptor"/> as said of one environment, whose name is the first argument.</summary>
    public static DiagnosticDescriptor InEnvironment(DiagnosticDescriptor descriptor)
        => InEnvironments.GetOrAdd(descriptor, static original => With(original, EnvironmentPrefix + Shifted(original)));

    /// <summary><paramref name="descriptor"/> as said of an image whose tag the build sets (<c>ManifestsImageTag</c>), not the code.</summary>
    public static DiagnosticDescriptor WithImageTags(DiagnosticDescriptor descriptor)
        => WithBuildTags.GetOrAdd(descriptor, static original => With(original, BuildTagsPrefix + Format(original)));

    private static string Format(DiagnosticDescriptor descriptor) => descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);

    /// <summary>The message with every placeholder one higher, making room for the context as argument 0.</summary>
    private static string Shifted(DiagnosticDescriptor descriptor)
        => Placeholder.Replace(Format(descriptor), match => "{" + (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));

    private static DiagnosticDescriptor With(DiagnosticDescriptor original, string message)
        => new(
            original.Id,
            original.Title,
            message,
            original.Category,
            original.DefaultSeverity,
            original.IsEnabledByDefault,
            original.Description,
            original.HelpLinkUri,
            [.. original.CustomTags]);
}
