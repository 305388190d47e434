using System.Collections.Generic;
using System.Linq;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Parsing;

/// <summary>The attributes on the workload class itself: the pod as a whole, and the objects around the workload.</summary>
internal static partial class WorkloadParser
{
    /// <summary>What the workload class's own attributes add up to, filled one attribute at a time.</summary>
    private sealed class WorkloadParts
    {
        public List<KeyValueSpec> Labels { get; } = [];

        public List<KeyValueSpec> Annotations { get; } = [];

        public List<KeyValueSpec> NodeSelector { get; } = [];

        public List<TolerationSpec> Tolerations { get; } = [];

        public List<NodeAffinitySpec> NodeAffinities { get; } = [];

        public List<PodAntiAffinitySpec> PodAntiAffinities { get; } = [];

        public List<SpreadSpec> Spreads { get; } = [];

        public List<VolumeSpec> Volumes { get; } = [];

        public List<VolumeClaimSpec> VolumeClaims { get; } = [];

        public List<Sourced<string>> ImagePullSecrets { get; } = [];

        public Sourced<string>? ServiceAccount { get; set; }

        public PodSecuritySpec? PodSecurity { get; set; }

        public StrategySpec? Strategy { get; set; }

        public ServiceSpec? Service { get; set; }

        public List<IngressSpec> Ingresses { get; } = [];

        public AutoscaleSpec? Autoscale { get; set; }

        public DisruptionBudgetSpec? DisruptionBudget { get; set; }

        public List<ClassReference> DependsOn { get; } = [];

        public List<WorkloadOverrideSpec> Overrides { get; } = [];

        public PodSpec Pod() => new(
            NodeSelector.ToEquatableArray(),
            Tolerations.ToEquatableArray(),
            NodeAffinities.ToEquatableArray(),
            PodAntiAffinities.ToEquatableArray(),
            Spreads.ToEquatableArray(),
            Volumes.ToEquatableArray(),
            ImagePullSecrets.ToEquatableArray(),
            ServiceAccount,
            PodSecurity);
    }

    /// <param name="className">The workload class's name, for messages.</param>
    /// <param name="derivedName">The workload's name as a DNS label: its Service's default name.</param>
    private static void ReadWorkloadAttribute(ParseContext context, WorkloadParts parts, AttributeArguments arguments, string className, WorkloadKind kind, string derivedName)
    {
        switch (arguments.Attribute)
        {
            case ContractAttribute.Label:
                parts.Labels.Add(KeyValue(arguments, nameof(LabelAttribute.Key), nameof(LabelAttribute.Value)));
                break;
            case ContractAttribute.Annotation:
                parts.Annotations.Add(KeyValue(arguments, nameof(AnnotationAttribute.Key), nameof(AnnotationAttribute.Value)));
                break;
            case ContractAttribute.NodeSelector:
                parts.NodeSelector.Add(new KeyValueSpec(
                    arguments.RequiredString(nameof(NodeSelectorAttribute.Key)),
                    arguments.RequiredString(nameof(NodeSelectorAttribute.Value)),
                    arguments.String(nameof(NodeSelectorAttribute.Environment))));
                break;
            case ContractAttribute.Toleration:
                parts.Tolerations.Add(new TolerationSpec(
                    arguments.RequiredString(nameof(TolerationAttribute.Key)),
                    arguments.String(nameof(TolerationAttribute.Value)),
                    arguments.Enum<TaintEffect>(nameof(TolerationAttribute.Effect)),
                    arguments.Long(nameof(TolerationAttribute.TolerationSeconds)),
                    arguments.Source,
                    arguments.String(nameof(TolerationAttribute.Environment))));
                break;
            case ContractAttribute.Override:
                // The replica counts; the container's tag and resources are read with the container.
                parts.Overrides.Add(new WorkloadOverrideSpec(
                    arguments.RequiredString(nameof(OverrideAttribute.Environment)),
                    arguments.Int(nameof(OverrideAttribute.Replicas)),
                    arguments.Int(nameof(OverrideAttribute.MinReplicas)),
                    arguments.Int(nameof(OverrideAttribute.MaxReplicas)),
                    arguments.Source));
                break;
            case ContractAttribute.NodeAffinity:
                parts.NodeAffinities.Add(new NodeAffinitySpec(
                    arguments.RequiredString(nameof(NodeAffinityAttribute.Key)),
                    arguments.StringItems(nameof(NodeAffinityAttribute.Values)),
                    arguments.Enum<AffinityOperator>(nameof(NodeAffinityAttribute.Operator)),
                    arguments.Bool(nameof(NodeAffinityAttribute.Preferred))?.Value ?? false,
                    arguments.Int(nameof(NodeAffinityAttribute.Weight)),
                    arguments.Source));
                break;
            case ContractAttribute.PodAntiAffinity:
                parts.PodAntiAffinities.Add(new PodAntiAffinitySpec(
                    arguments.String(nameof(PodAntiAffinityAttribute.TopologyKey)),
                    Reference(arguments, nameof(PodAntiAffinityAttribute.Workload)),
                    arguments.Bool(nameof(PodAntiAffinityAttribute.Preferred))?.Value ?? false,
                    arguments.Int(nameof(PodAntiAffinityAttribute.Weight)),
                    arguments.Source));
                break;
            case ContractAttribute.SpreadAcross:
                parts.Spreads.Add(new SpreadSpec(
                    arguments.RequiredString(nameof(SpreadAcrossAttribute.TopologyKey)),
                    arguments.Int(nameof(SpreadAcrossAttribute.MaxSkew)),
                    arguments.Enum<UnsatisfiableSpread>(nameof(SpreadAcrossAttribute.WhenUnsatisfiable)),
                    arguments.Source));
                break;
            case ContractAttribute.Volume:
                parts.Volumes.Add(ReadVolume(arguments));
                break;
            case ContractAttribute.VolumeClaim when kind != WorkloadKind.StatefulSet:
                context.Misplace(Misplacement.NotForWorkloadKind, arguments.Attribute, className, kind.ToString(), arguments.Source);
                break;
            case ContractAttribute.VolumeClaim:
                parts.VolumeClaims.Add(new VolumeClaimSpec(
                    arguments.RequiredString(nameof(VolumeClaimAttribute.Name)),
                    arguments.RequiredString(nameof(VolumeClaimAttribute.Size)),
                    arguments.String(nameof(VolumeClaimAttribute.StorageClass)),
                    arguments.Enum<VolumeAccessMode>(nameof(VolumeClaimAttribute.AccessMode)),
                    arguments.Source));
                break;
            case ContractAttribute.ImagePullSecret:
                parts.ImagePullSecrets.Add(arguments.RequiredString(nameof(ImagePullSecretAttribute.Name)));
                break;
            case ContractAttribute.ServiceAccount:
                parts.ServiceAccount = arguments.RequiredString(nameof(ServiceAccountAttribute.Name));
                break;
            case ContractAttribute.PodSecurityContext:
                parts.PodSecurity = new PodSecuritySpec(
                    arguments.Bool(nameof(PodSecurityContextAttribute.RunAsNonRoot)),
                    arguments.Long(nameof(PodSecurityContextAttribute.RunAsUser)),
                    arguments.Long(nameof(PodSecurityContextAttribute.RunAsGroup)),
                    arguments.Long(nameof(PodSecurityContextAttribute.FsGroup)),
                    arguments.Longs(nameof(PodSecurityContextAttribute.SupplementalGroups)),
                    arguments.Enum<SeccompProfile>(nameof(PodSecurityContextAttribute.Seccomp)),
                    arguments.Source);
                break;
            case ContractAttribute.RollingUpdate or ContractAttribute.Recreate or ContractAttribute.OnDelete:
                ReadStrategy(context, parts, arguments, className, kind);
                break;
            case ContractAttribute.Service:
                parts.Service = new ServiceSpec(
                    arguments.String(nameof(ServiceAttribute.Name)) ?? new Sourced<string>(derivedName, arguments.Source),
                    arguments.Int(nameof(ServiceAttribute.Port)) ?? new Sourced<int>(0, arguments.Source),
                    arguments.String(nameof(ServiceAttribute.TargetPort)),
                    arguments.String(nameof(ServiceAttribute.PortName)),
                    arguments.Enum<ServiceType>(nameof(ServiceAttribute.Type)),
                    // NodePort = 0 is Kubernetes' "let the cluster choose", the same as leaving it out.
                    arguments.Int(nameof(ServiceAttribute.NodePort)) is { Value: not 0 } nodePort ? nodePort : null,
                    arguments.Enum<Protocol>(nameof(ServiceAttribute.Protocol)),
                    arguments.Source);
                break;
            case ContractAttribute.Ingress:
                parts.Ingresses.Add(new IngressSpec(
                    arguments.RequiredString(nameof(IngressAttribute.Host)),
                    arguments.String(nameof(IngressAttribute.Path)),
                    arguments.Enum<IngressPathType>(nameof(IngressAttribute.PathType)),
                    arguments.Int(nameof(IngressAttribute.Port)),
                    arguments.String(nameof(IngressAttribute.TlsSecret)),
                    arguments.String(nameof(IngressAttribute.ClassName)),
                    arguments.Source));
                break;
            case ContractAttribute.Autoscale:
                parts.Autoscale = new AutoscaleSpec(
                    arguments.Int(nameof(AutoscaleAttribute.Min)),
                    arguments.Int(nameof(AutoscaleAttribute.Max)),
                    arguments.Int(nameof(AutoscaleAttribute.CpuPercent)),
                    arguments.Int(nameof(AutoscaleAttribute.MemoryPercent)),
                    arguments.Source);
                break;
            case ContractAttribute.DisruptionBudget:
                parts.DisruptionBudget = new DisruptionBudgetSpec(
                    arguments.String(nameof(DisruptionBudgetAttribute.MinAvailable)),
                    arguments.String(nameof(DisruptionBudgetAttribute.MaxUnavailable)),
                    arguments.Source);
                break;
            case ContractAttribute.DependsOn:
                if (RequiredReference(arguments, nameof(DependsOnAttribute.Workload)) is { } dependency)
                {
                    parts.DependsOn.Add(dependency);
                }
                break;
            case ContractAttribute.Data:
                context.Misplace(Misplacement.DataOutsideConfigMap, arguments.Attribute, className, string.Empty, arguments.Source);
                break;
        }
    }

    private static VolumeSpec ReadVolume(AttributeArguments arguments)
    {
        var sources = new List<(VolumeSource Kind, string Property)>();
        if (arguments.Bool(nameof(VolumeAttribute.EmptyDir)) is { Value: true })
        {
            sources.Add((VolumeSource.EmptyDir, nameof(VolumeAttribute.EmptyDir)));
        }
        var configMap = Reference(arguments, nameof(VolumeAttribute.ConfigMap));
        if (configMap is not null)
        {
            sources.Add((VolumeSource.ConfigMap, nameof(VolumeAttribute.ConfigMap)));
        }
        var secret = Reference(arguments, nameof(VolumeAttribute.Secret));
        if (secret is not null)
        {
            sources.Add((VolumeSource.Secret, nameof(VolumeAttribute.Secret)));
        }
        var claim = arguments.String(nameof(VolumeAttribute.Claim));
        if (claim is not null)
        {
            sources.Add((VolumeSource.Claim, nameof(VolumeAttribute.Claim)));
        }
        return new VolumeSpec(
            arguments.RequiredString(nameof(VolumeAttribute.Name)),
            sources.Count == 0 ? VolumeSource.None : sources[0].Kind,
            sources.Select(source => source.Property).ToEquatableArray(),
            arguments.Enum<StorageMedium>(nameof(VolumeAttribute.Medium)),
            arguments.String(nameof(VolumeAttribute.SizeLimit)),
            configMap ?? secret,
            claim,
            arguments.Bool(nameof(VolumeAttribute.ReadOnly))?.Value ?? false,
            arguments.Source);
    }

    /// <summary>
    /// A rolling update suits Deployments and StatefulSets, Recreate only Deployments, OnDelete only StatefulSets; a
    /// ReplicaSet has no strategy at all. The first one written counts; a second is reported.
    /// </summary>
    private static void ReadStrategy(ParseContext context, WorkloadParts parts, AttributeArguments arguments, string className, WorkloadKind kind)
    {
        var fits = arguments.Attribute switch
        {
            ContractAttribute.RollingUpdate => kind != WorkloadKind.ReplicaSet,
            ContractAttribute.Recreate => kind == WorkloadKind.Deployment,
            _ => kind == WorkloadKind.StatefulSet,
        };
        if (!fits)
        {
            context.Misplace(Misplacement.NotForWorkloadKind, arguments.Attribute, className, kind.ToString(), arguments.Source);
            return;
        }
        if (parts.Strategy is { } earlier)
        {
            context.Misplace(Misplacement.SecondStrategy, arguments.Attribute, className, earlier.Kind.ToString(), arguments.Source);
            return;
        }
        parts.Strategy = arguments.Attribute switch
        {
            ContractAttribute.RollingUpdate => new StrategySpec(
                StrategyKind.RollingUpdate,
                arguments.String(nameof(RollingUpdateAttribute.MaxSurge)),
                arguments.String(nameof(RollingUpdateAttribute.MaxUnavailable)),
                arguments.Int(nameof(RollingUpdateAttribute.Partition)),
                arguments.Source),
            ContractAttribute.Recreate => new StrategySpec(StrategyKind.Recreate, null, null, null, arguments.Source),
            _ => new StrategySpec(StrategyKind.OnDelete, null, null, null, arguments.Source),
        };
    }

    /// <summary>A <c>typeof(…)</c> argument read as a <see cref="ClassReference"/>.</summary>
    private static ClassReference? Reference(AttributeArguments arguments, string property)
        => arguments.Type(property) is { } type ? ClassReferences.Read(type.Type, type.Source) : null;

    /// <summary>A <c>typeof(…)</c> the attribute requires: <c>null</c> is reported (KM121), never read as no reference at all.</summary>
    private static ClassReference? RequiredReference(AttributeArguments arguments, string property)
        => arguments.RequiredType(property) is { } type ? ClassReferences.Read(type.Type, type.Source) : null;
}
