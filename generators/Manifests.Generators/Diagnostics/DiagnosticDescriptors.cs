using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>
/// All diagnostic descriptors, one place for IDs, titles, messages, categories and help links. An ID may have several
/// descriptors, one per situation, so that every message is a whole sentence whose arguments are values (names,
/// numbers, the rule's own words), never pieces of prose. The families live in the partial files beside this one.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>Each ID's help page is <c>docs/diagnostics/{ID}.md</c> in the repository.</summary>
    public const string HelpLinkBase = "https://github.com/manifests-k8s/manifests/blob/main/docs/diagnostics/";

    private const string ObjectCategory = "Manifests.Object";
    private const string ImageCategory = "Manifests.Image";
    private const string SchedulingCategory = "Manifests.Scheduling";
    private const string CrossObjectCategory = "Manifests.CrossObject";
    private const string BestPracticeCategory = "Manifests.BestPractice";

    // Set in the static constructor, which runs after the field initializers of every partial file: the order of
    // initializers across files is not defined, and these lists read the descriptors of all of them.
    static DiagnosticDescriptors()
    {
        All = typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToImmutableArray();
        WorkloadRules = InCategories(ObjectCategory, CrossObjectCategory);
        ImageRules = InCategories(ImageCategory);
        SchedulingRules = InCategories(SchedulingCategory);
        BestPracticeRules = InCategories(BestPracticeCategory);
    }

    /// <summary>Every descriptor declared here.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; }

    /// <summary>What <see cref="Analyzers.WorkloadAnalyzer"/> reports: the object rules (KM1xx) and the rules across objects (KM4xx).</summary>
    public static ImmutableArray<DiagnosticDescriptor> WorkloadRules { get; }

    /// <summary>What <see cref="Analyzers.ImageAnalyzer"/> reports (KM2xx).</summary>
    public static ImmutableArray<DiagnosticDescriptor> ImageRules { get; }

    /// <summary>What <see cref="Analyzers.SchedulingAnalyzer"/> reports (KM3xx).</summary>
    public static ImmutableArray<DiagnosticDescriptor> SchedulingRules { get; }

    /// <summary>What <see cref="Analyzers.BestPracticeAnalyzer"/> reports (KM5xx).</summary>
    public static ImmutableArray<DiagnosticDescriptor> BestPracticeRules { get; }

    private static ImmutableArray<DiagnosticDescriptor> InCategories(params string[] categories)
        => All.Where(descriptor => categories.Contains(descriptor.Category)).ToImmutableArray();

    private static DiagnosticDescriptor Error(string id, string category, string title, string message)
        => new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message)
        => new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
