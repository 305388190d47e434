using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>KM150-KM159: environments, and what refers to them.</summary>
internal static partial class DiagnosticDescriptors
{
    private const string EnvironmentTitle = "Invalid or repeated environment";

    /// <summary>{0} name, {1} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidEnvironmentName = Error(
        DiagnosticIds.InvalidEnvironment, ObjectCategory, EnvironmentTitle,
        "Environment name '{0}' is invalid: {1} (it names the environment's folders)");

    /// <summary>{0} name.</summary>
    public static readonly DiagnosticDescriptor DuplicateEnvironment = Error(
        DiagnosticIds.InvalidEnvironment, ObjectCategory, EnvironmentTitle,
        "Environment '{0}' is declared twice: keep one [assembly: ManifestEnvironment(\"{0}\")]");

    private const string UnknownEnvironmentTitle = "Environment that is not declared";

    /// <summary>{0} environment, {1} the declared ones.</summary>
    public static readonly DiagnosticDescriptor UnknownEnvironment = Error(
        DiagnosticIds.UnknownEnvironment, ObjectCategory, UnknownEnvironmentTitle,
        "Environment '{0}' is not declared: the declared ones are {1}, or add [assembly: ManifestEnvironment(\"{0}\")]");

    /// <summary>{0} environment, {1} the declared one nearest to it.</summary>
    public static readonly DiagnosticDescriptor UnknownEnvironmentDidYouMean = Error(
        DiagnosticIds.UnknownEnvironment, ObjectCategory, UnknownEnvironmentTitle,
        "Environment '{0}' is not declared: did you mean '{1}'?");

    /// <summary>{0} environment.</summary>
    public static readonly DiagnosticDescriptor NoEnvironments = Error(
        DiagnosticIds.UnknownEnvironment, ObjectCategory, UnknownEnvironmentTitle,
        "Environment '{0}' is not declared, and no environment is: add [assembly: ManifestEnvironment(\"{0}\")] to write base/ and one folder for each environment");
}
