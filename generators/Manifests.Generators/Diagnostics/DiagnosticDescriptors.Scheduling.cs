using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>KM3xx: scheduling against the cluster profile, reported by <see cref="Analyzers.SchedulingAnalyzer"/>.</summary>
internal static partial class DiagnosticDescriptors
{
    private const string UnschedulableTitle = "No node of the cluster accepts the pod";

    /// <summary>{0} the scheduler's own sentence (<c>0/4 nodes are available: …</c>).</summary>
    public static readonly DiagnosticDescriptor Unschedulable = Warning(
        DiagnosticIds.Unschedulable, SchedulingCategory, UnschedulableTitle,
        "{0}");

    /// <summary>{0} the scheduler's own sentence, {1} what to do, as clauses joined by '; '.</summary>
    public static readonly DiagnosticDescriptor UnschedulableWithAdvice = Warning(
        DiagnosticIds.Unschedulable, SchedulingCategory, UnschedulableTitle,
        "{0} To fix it: {1}.");

    private const string NoTaintTitle = "Toleration matches no taint of the cluster";
    private const string MatchesNoTaint = "Toleration of '{0}' matches no taint on any node of the cluster";

    /// <summary>{0} key.</summary>
    public static readonly DiagnosticDescriptor ToleratesNoTaint = Warning(
        DiagnosticIds.ToleratesNoTaint, SchedulingCategory, NoTaintTitle,
        MatchesNoTaint + ": remove it, or update the cluster profile if the nodes changed");

    /// <summary>{0} key, {1} the taint key nearest to it.</summary>
    public static readonly DiagnosticDescriptor ToleratesNoTaintDidYouMean = Warning(
        DiagnosticIds.ToleratesNoTaint, SchedulingCategory, NoTaintTitle,
        MatchesNoTaint + ": did you mean '{1}'?");

    /// <summary>{0} key, {1} the nodes' value, {2} the toleration's value.</summary>
    public static readonly DiagnosticDescriptor TolerationValueDiffers = Warning(
        DiagnosticIds.ToleratesNoTaint, SchedulingCategory, NoTaintTitle,
        MatchesNoTaint + ": nodes carry '{0}' with the value '{1}', not '{2}', so set Value = \"{1}\"");

    /// <summary>{0} key, {1} the nodes' effect, {2} the toleration's effect.</summary>
    public static readonly DiagnosticDescriptor TolerationEffectDiffers = Warning(
        DiagnosticIds.ToleratesNoTaint, SchedulingCategory, NoTaintTitle,
        MatchesNoTaint + ": nodes carry '{0}' with the effect {1}, not {2}, so set Effect = TaintEffect.{1}");

    /// <summary>{0} key, {1} the nodes' value, {2} the nodes' effect.</summary>
    public static readonly DiagnosticDescriptor TolerationValueAndEffectDiffer = Warning(
        DiagnosticIds.ToleratesNoTaint, SchedulingCategory, NoTaintTitle,
        MatchesNoTaint + ": nodes carry '{0}' with the value '{1}' and the effect {2}, so set Value = \"{1}\" and Effect = TaintEffect.{2}");

    /// <summary>{0} file name, {1} what is wrong and what to do.</summary>
    public static readonly DiagnosticDescriptor InvalidClusterProfile = Warning(
        DiagnosticIds.InvalidClusterProfile, SchedulingCategory,
        "Cluster profile cannot be read",
        "Cluster profile '{0}' cannot be used: {1}");
}
