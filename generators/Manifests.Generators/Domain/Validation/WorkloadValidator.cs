using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// The rules one workload must meet to be valid Kubernetes (KM1xx) and to be coherent with its own Service (KM402).
/// A pure function of the model: the generator calls it to decide what to emit, the analyzers to report. The rules of
/// each part of a workload are in the partial files beside this one.
/// </summary>
internal static partial class WorkloadValidator
{
    /// <param name="defaults">The assembly defaults, which decide the namespaces of the pod and of the ConfigMaps it reads; none when null.</param>
    public static ImmutableArray<ManifestProblem> Validate(WorkloadSpec workload, ManifestDefaults? defaults = null)
    {
        var problems = ImmutableArray.CreateBuilder<ManifestProblem>();
        var kind = workload.Kind.ToString();

        CheckName(problems, kind, workload.Name);
        if (workload.Namespace is { } ns && KubernetesGrammar.CheckDns1123Label(ns.Value) is { } nsProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidNamespace, ns.Source, ns.Value, nsProblem).With(DiagnosticProperties.NameRule(NameRule.Dns1123Label)));
        }
        if (workload.Replicas.Value < 0)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidReplicas, workload.Replicas.Source, Number(workload.Replicas.Value)));
        }
        foreach (var misplaced in workload.Misplaced)
        {
            problems.Add(Misplaced(misplaced));
        }
        CheckArguments(problems, workload.InvalidArguments);

        CheckLabels(problems, workload.Labels, workload.ClassName);
        CheckAnnotations(problems, workload.Annotations);
        foreach (var entry in workload.Pod.NodeSelector)
        {
            CheckKeyValue(problems, "Node selector", entry);
        }
        foreach (var toleration in workload.Pod.Tolerations)
        {
            CheckToleration(problems, toleration);
        }

        if (!workload.Containers.Any(c => !c.IsInit))
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.NoContainer, workload.KindSource, kind, workload.Name.Value));
        }
        CheckContainers(problems, workload);
        CheckPod(problems, workload, defaults ?? ManifestDefaults.None);

        if (workload.Service is { } service)
        {
            CheckService(problems, workload, service);
        }
        CheckExposure(problems, workload);
        return problems.ToImmutable();
    }

    /// <summary>The assembly-wide defaults: namespace, part-of and common labels.</summary>
    public static ImmutableArray<ManifestProblem> ValidateDefaults(ManifestDefaults defaults)
    {
        var problems = ImmutableArray.CreateBuilder<ManifestProblem>();
        if (defaults.Namespace is { } ns && KubernetesGrammar.CheckDns1123Label(ns) is { } nsProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidNamespace, defaults.NamespaceSource, ns, nsProblem).With(DiagnosticProperties.NameRule(NameRule.Dns1123Label)));
        }
        if (defaults.PartOf is { } partOf && KubernetesGrammar.CheckLabelValue(partOf) is { } partOfProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidLabelValue, defaults.PartOfSource, "Label", partOf, WellKnownLabels.PartOf, partOfProblem));
        }
        CheckArguments(problems, defaults.InvalidArguments);
        CheckLabels(problems, defaults.CommonLabels, className: null);
        problems.AddRange(EnvironmentValidator.ValidateDeclarations(defaults));
        return problems.ToImmutable();
    }

    /// <summary>An object name; one nobody wrote comes from the class name, and the message says how to choose another.</summary>
    private static void CheckName(ImmutableArray<ManifestProblem>.Builder problems, string kind, Sourced<string> name)
    {
        if (KubernetesGrammar.CheckDns1123Subdomain(name.Value) is { } reason)
        {
            var descriptor = IsWritten(name) ? DiagnosticDescriptors.InvalidObjectName : DiagnosticDescriptors.InvalidClassDerivedName;
            problems.Add(ManifestProblem.Create(descriptor, name.Source, kind, name.Value, reason).With(DiagnosticProperties.NameRule(NameRule.Dns1123Subdomain)));
        }
    }

    public static ManifestProblem Misplaced(MisplacedAttribute misplaced)
    {
        var descriptor = misplaced.Reason switch
        {
            Misplacement.SecondWorkloadKind => DiagnosticDescriptors.SecondWorkloadKind,
            Misplacement.SecondContainer => DiagnosticDescriptors.SecondContainer,
            Misplacement.InitContainerOnWorkloadClass => DiagnosticDescriptors.InitContainerOnWorkloadClass,
            Misplacement.WorkloadAttributeOnContainerClass => DiagnosticDescriptors.WorkloadAttributeOnContainerClass,
            Misplacement.ContainerAttributeOnNestedClassWithoutContainer => DiagnosticDescriptors.ContainerAttributeOnNestedClassWithoutContainer,
            Misplacement.ContainerAttributeOnWorkloadClassWithoutContainer => DiagnosticDescriptors.ContainerAttributeOnWorkloadClassWithoutContainer,
            Misplacement.PortOnInitContainer => DiagnosticDescriptors.PortOnInitContainer,
            Misplacement.NotInWorkload => DiagnosticDescriptors.NotInWorkload,
            Misplacement.NestedTooDeep => DiagnosticDescriptors.NestedTooDeep,
            Misplacement.NotForWorkloadKind => DiagnosticDescriptors.NotForWorkloadKind,
            Misplacement.NotForConfigClass => DiagnosticDescriptors.NotForConfigClass,
            Misplacement.DataOutsideConfigMap => DiagnosticDescriptors.DataOutsideConfigMap,
            Misplacement.SecondClassKind => DiagnosticDescriptors.SecondClassKind,
            Misplacement.SecondStrategy => DiagnosticDescriptors.SecondStrategy,
            _ => DiagnosticDescriptors.ProbeOnInitContainer,
        };
        return ManifestProblem.Create(descriptor, misplaced.Source, misplaced.Attribute, misplaced.Owner, misplaced.Other);
    }

    public static void CheckArguments(ImmutableArray<ManifestProblem>.Builder problems, IEnumerable<InvalidArgument> arguments)
    {
        foreach (var argument in arguments)
        {
            problems.Add(argument.Problem == ArgumentProblem.Null
                ? ManifestProblem.Create(DiagnosticDescriptors.NullArgument, argument.Source, argument.Attribute, argument.Property)
                : ManifestProblem.Create(DiagnosticDescriptors.UndefinedEnumValue, argument.Source,
                    argument.Attribute, argument.Property, argument.Value ?? string.Empty, argument.EnumType ?? string.Empty, argument.Allowed ?? string.Empty));
        }
    }

    /// <summary>Whether the user wrote the value, rather than it being derived from a class name or another value.</summary>
    private static bool IsWritten<T>(Sourced<T> value) => value.Source.Argument is not null;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
