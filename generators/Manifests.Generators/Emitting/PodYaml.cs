using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Emitting;

/// <summary>
/// A workload's pod template spec and its containers, in Kubernetes' field order (containers and init containers
/// first, as Manifests has always written them), with nothing unset written.
/// </summary>
internal static class PodYaml
{
    public static void Spec(YamlWriter yaml, ResolvedWorkload workload)
    {
        var pod = workload.Spec.Pod;
        yaml.BeginMapping();
        yaml.Key("containers").BeginSequence();
        foreach (var container in workload.Containers)
        {
            if (!container.Spec.IsInit)
            {
                Container(yaml, container);
            }
        }
        yaml.EndSequence();

        var hasInit = false;
        foreach (var container in workload.Containers)
        {
            if (container.Spec.IsInit)
            {
                if (!hasInit)
                {
                    yaml.Key("initContainers").BeginSequence();
                    hasInit = true;
                }
                Container(yaml, container);
            }
        }
        if (hasInit)
        {
            yaml.EndSequence();
        }

        Volumes(yaml, workload.Volumes);
        ObjectYaml.Optional(yaml, "terminationGracePeriodSeconds", workload.Spec.Settings.TerminationGracePeriodSeconds);
        if (!pod.NodeSelector.IsEmpty)
        {
            ObjectYaml.Map(yaml.Key("nodeSelector"), pod.NodeSelector);
        }
        ObjectYaml.Optional(yaml, "serviceAccountName", pod.ServiceAccount);
        if (pod.Security is { } security)
        {
            PodSecurity(yaml, security);
        }
        if (!pod.ImagePullSecrets.IsEmpty)
        {
            yaml.Key("imagePullSecrets").BeginSequence();
            foreach (var secret in pod.ImagePullSecrets)
            {
                yaml.BeginMapping().Pair("name", secret.Value).EndMapping();
            }
            yaml.EndSequence();
        }
        Affinity(yaml, pod.NodeAffinities, workload.AntiAffinities);
        if (!pod.Tolerations.IsEmpty)
        {
            yaml.Key("tolerations").BeginSequence();
            foreach (var toleration in pod.Tolerations)
            {
                Toleration(yaml, toleration);
            }
            yaml.EndSequence();
        }
        ObjectYaml.Optional(yaml, "priorityClassName", workload.Spec.Settings.PriorityClassName);
        Spreads(yaml, pod.Spreads, workload.Selector);
        yaml.EndMapping();
    }

    private static void Container(YamlWriter yaml, ResolvedContainer resolved)
    {
        var container = resolved.Spec;
        yaml.BeginMapping()
            .Pair("name", container.Name.Value)
            .Pair("image", container.Image.Value);
        if (KubernetesSpelling.Of(container.PullPolicy) is { } pullPolicy)
        {
            yaml.Pair("imagePullPolicy", pullPolicy);
        }
        ObjectYaml.Strings(yaml, "command", container.Command);
        ObjectYaml.Strings(yaml, "args", container.Args);

        if (!container.Ports.IsEmpty)
        {
            yaml.Key("ports").BeginSequence();
            foreach (var port in container.Ports)
            {
                yaml.BeginMapping();
                ObjectYaml.Optional(yaml, "name", port.Name);
                yaml.Pair("containerPort", port.Number.Value);
                Protocol(yaml, port.Protocol);
                yaml.EndMapping();
            }
            yaml.EndSequence();
        }

        EnvFrom(yaml, resolved.EnvFrom);
        Env(yaml, resolved.Env);

        if (!container.Resources.IsEmpty)
        {
            yaml.Key("resources").BeginMapping();
            Quantities(yaml, "requests", container.Resources, limits: false);
            Quantities(yaml, "limits", container.Resources, limits: true);
            yaml.EndMapping();
        }

        Mounts(yaml, container.Mounts);
        Probe(yaml, resolved.Probes, ProbeKind.Liveness, "livenessProbe");
        Probe(yaml, resolved.Probes, ProbeKind.Readiness, "readinessProbe");
        Probe(yaml, resolved.Probes, ProbeKind.Startup, "startupProbe");
        if (container.Security is { } security)
        {
            Security(yaml, security);
        }
        yaml.EndMapping();
    }

    private static void EnvFrom(YamlWriter yaml, EquatableArray<ResolvedEnvFrom> sources)
    {
        if (sources.IsEmpty)
        {
            return;
        }
        yaml.Key("envFrom").BeginSequence();
        foreach (var source in sources)
        {
            yaml.BeginMapping();
            if (source.Prefix is { } prefix)
            {
                yaml.Pair("prefix", prefix);
            }
            yaml.Key(source.From == ValueSource.SecretKey ? "secretRef" : "configMapRef").BeginMapping().Pair("name", source.ObjectName);
            if (source.Optional)
            {
                yaml.Pair("optional", true);
            }
            yaml.EndMapping().EndMapping();
        }
        yaml.EndSequence();
    }

    public static void Env(YamlWriter yaml, EquatableArray<ResolvedEnv> variables)
    {
        if (variables.IsEmpty)
        {
            return;
        }
        yaml.Key("env").BeginSequence();
        foreach (var variable in variables)
        {
            yaml.BeginMapping().Pair("name", variable.Name);
            if (variable.From == ValueSource.Literal)
            {
                yaml.Pair("value", variable.Value);
            }
            else
            {
                yaml.Key("valueFrom").BeginMapping();
                yaml.Key(variable.From == ValueSource.SecretKey ? "secretKeyRef" : "configMapKeyRef").BeginMapping()
                    .Pair("name", variable.ObjectName)
                    .Pair("key", variable.Key);
                if (variable.Optional)
                {
                    yaml.Pair("optional", true);
                }
                yaml.EndMapping().EndMapping();
            }
            yaml.EndMapping();
        }
        yaml.EndSequence();
    }

    private static void Mounts(YamlWriter yaml, EquatableArray<MountSpec> mounts)
    {
        if (mounts.IsEmpty)
        {
            return;
        }
        yaml.Key("volumeMounts").BeginSequence();
        foreach (var mount in mounts)
        {
            yaml.BeginMapping().Pair("name", mount.Volume.Value).Pair("mountPath", mount.Path.Value);
            if (mount.ReadOnly)
            {
                yaml.Pair("readOnly", true);
            }
            ObjectYaml.Optional(yaml, "subPath", mount.SubPath);
            yaml.EndMapping();
        }
        yaml.EndSequence();
    }

    private static void Probe(YamlWriter yaml, EquatableArray<ResolvedProbe> probes, ProbeKind kind, string key)
    {
        foreach (var resolved in probes)
        {
            if (resolved.Spec.Kind != kind)
            {
                continue;
            }
            var probe = resolved.Spec;
            yaml.Key(key).BeginMapping();
            if (!probe.Exec.IsEmpty)
            {
                yaml.Key("exec").BeginMapping();
                ObjectYaml.Strings(yaml, "command", probe.Exec);
                yaml.EndMapping();
            }
            if (probe.Path is { } path)
            {
                yaml.Key("httpGet").BeginMapping().Pair("path", path.Value);
                if (resolved.HttpPort is { } port)
                {
                    ObjectYaml.Pair(yaml, "port", port);
                }
                if (probe.Scheme == ProbeScheme.Https)
                {
                    yaml.Pair("scheme", "HTTPS");
                }
                yaml.EndMapping();
            }
            if (resolved.TcpPort is { } tcp)
            {
                ObjectYaml.Pair(yaml.Key("tcpSocket").BeginMapping(), "port", tcp).EndMapping();
            }
            if (probe.GrpcPort is { } grpc)
            {
                yaml.Key("grpc").BeginMapping().Pair("port", grpc.Value);
                ObjectYaml.Optional(yaml, "service", probe.GrpcService);
                yaml.EndMapping();
            }
            ObjectYaml.Optional(yaml, "initialDelaySeconds", probe.Timing.InitialDelaySeconds);
            ObjectYaml.Optional(yaml, "timeoutSeconds", probe.Timing.TimeoutSeconds);
            ObjectYaml.Optional(yaml, "periodSeconds", probe.Timing.PeriodSeconds);
            ObjectYaml.Optional(yaml, "successThreshold", probe.Timing.SuccessThreshold);
            ObjectYaml.Optional(yaml, "failureThreshold", probe.Timing.FailureThreshold);
            yaml.EndMapping();
        }
    }

    private static void Security(YamlWriter yaml, SecuritySpec security)
    {
        yaml.Key("securityContext").BeginMapping();
        if (!security.AddCapabilities.IsEmpty || !security.DropCapabilities.IsEmpty)
        {
            yaml.Key("capabilities").BeginMapping();
            ObjectYaml.Strings(yaml, "add", security.AddCapabilities);
            ObjectYaml.Strings(yaml, "drop", security.DropCapabilities);
            yaml.EndMapping();
        }
        ObjectYaml.Optional(yaml, "privileged", security.Privileged);
        ObjectYaml.Optional(yaml, "runAsUser", security.RunAsUser);
        ObjectYaml.Optional(yaml, "runAsGroup", security.RunAsGroup);
        ObjectYaml.Optional(yaml, "runAsNonRoot", security.RunAsNonRoot);
        ObjectYaml.Optional(yaml, "readOnlyRootFilesystem", security.ReadOnlyRootFilesystem);
        ObjectYaml.Optional(yaml, "allowPrivilegeEscalation", security.AllowPrivilegeEscalation);
        Seccomp(yaml, security.Seccomp);
        yaml.EndMapping();
    }

    private static void PodSecurity(YamlWriter yaml, PodSecuritySpec security)
    {
        yaml.Key("securityContext").BeginMapping();
        ObjectYaml.Optional(yaml, "runAsUser", security.RunAsUser);
        ObjectYaml.Optional(yaml, "runAsGroup", security.RunAsGroup);
        ObjectYaml.Optional(yaml, "runAsNonRoot", security.RunAsNonRoot);
        if (!security.SupplementalGroups.IsEmpty)
        {
            yaml.Key("supplementalGroups").BeginSequence();
            foreach (var group in security.SupplementalGroups)
            {
                yaml.Number(group.Value);
            }
            yaml.EndSequence();
        }
        ObjectYaml.Optional(yaml, "fsGroup", security.FsGroup);
        Seccomp(yaml, security.Seccomp);
        yaml.EndMapping();
    }

    private static void Seccomp(YamlWriter yaml, SeccompProfile profile)
    {
        if (KubernetesSpelling.Of(profile) is { } type)
        {
            yaml.Key("seccompProfile").BeginMapping().Pair("type", type).EndMapping();
        }
    }

    private static void Volumes(YamlWriter yaml, EquatableArray<ResolvedVolume> volumes)
    {
        if (volumes.IsEmpty)
        {
            return;
        }
        yaml.Key("volumes").BeginSequence();
        foreach (var resolved in volumes)
        {
            var volume = resolved.Spec;
            yaml.BeginMapping().Pair("name", volume.Name.Value);
            switch (volume.Kind)
            {
                case VolumeSource.EmptyDir:
                    yaml.Key("emptyDir").BeginMapping();
                    if (volume.Medium == StorageMedium.Memory)
                    {
                        yaml.Pair("medium", "Memory");
                    }
                    ObjectYaml.Optional(yaml, "sizeLimit", volume.SizeLimit);
                    yaml.EndMapping();
                    break;
                case VolumeSource.ConfigMap:
                    yaml.Key("configMap").BeginMapping().Pair("name", resolved.ObjectName ?? string.Empty).EndMapping();
                    break;
                case VolumeSource.Secret:
                    yaml.Key("secret").BeginMapping().Pair("secretName", resolved.ObjectName ?? string.Empty).EndMapping();
                    break;
                case VolumeSource.Claim:
                    yaml.Key("persistentVolumeClaim").BeginMapping().Pair("claimName", volume.Claim?.Value ?? string.Empty);
                    if (volume.ReadOnly)
                    {
                        yaml.Pair("readOnly", true);
                    }
                    yaml.EndMapping();
                    break;
            }
            yaml.EndMapping();
        }
        yaml.EndSequence();
    }

    private static void Affinity(YamlWriter yaml, EquatableArray<NodeAffinitySpec> nodeAffinities, EquatableArray<ResolvedAntiAffinity> antiAffinities)
    {
        if (nodeAffinities.IsEmpty && antiAffinities.IsEmpty)
        {
            return;
        }
        yaml.Key("affinity").BeginMapping();
        if (!nodeAffinities.IsEmpty)
        {
            yaml.Key("nodeAffinity").BeginMapping();
            // Every required term must hold: they are the match expressions of one node selector term.
            var required = false;
            foreach (var affinity in nodeAffinities)
            {
                if (affinity.Preferred)
                {
                    continue;
                }
                if (!required)
                {
                    yaml.Key("requiredDuringSchedulingIgnoredDuringExecution").BeginMapping()
                        .Key("nodeSelectorTerms").BeginSequence().BeginMapping()
                        .Key("matchExpressions").BeginSequence();
                    required = true;
                }
                MatchExpression(yaml, affinity);
            }
            if (required)
            {
                yaml.EndSequence().EndMapping().EndSequence().EndMapping();
            }
            var preferred = false;
            foreach (var affinity in nodeAffinities)
            {
                if (!affinity.Preferred)
                {
                    continue;
                }
                if (!preferred)
                {
                    yaml.Key("preferredDuringSchedulingIgnoredDuringExecution").BeginSequence();
                    preferred = true;
                }
                yaml.BeginMapping().Pair("weight", affinity.Weight?.Value ?? 1)
                    .Key("preference").BeginMapping().Key("matchExpressions").BeginSequence();
                MatchExpression(yaml, affinity);
                yaml.EndSequence().EndMapping().EndMapping();
            }
            if (preferred)
            {
                yaml.EndSequence();
            }
            yaml.EndMapping();
        }
        if (!antiAffinities.IsEmpty)
        {
            yaml.Key("podAntiAffinity").BeginMapping();
            AntiAffinities(yaml, antiAffinities, preferred: false, "requiredDuringSchedulingIgnoredDuringExecution");
            AntiAffinities(yaml, antiAffinities, preferred: true, "preferredDuringSchedulingIgnoredDuringExecution");
            yaml.EndMapping();
        }
        yaml.EndMapping();
    }

    private static void MatchExpression(YamlWriter yaml, NodeAffinitySpec affinity)
    {
        yaml.BeginMapping().Pair("key", affinity.Key.Value).Pair("operator", KubernetesSpelling.Of(affinity.Operator));
        ObjectYaml.Strings(yaml, "values", affinity.Values);
        yaml.EndMapping();
    }

    private static void AntiAffinities(YamlWriter yaml, EquatableArray<ResolvedAntiAffinity> affinities, bool preferred, string key)
    {
        var any = false;
        foreach (var affinity in affinities)
        {
            if (affinity.Preferred != preferred)
            {
                continue;
            }
            if (!any)
            {
                yaml.Key(key).BeginSequence();
                any = true;
            }
            yaml.BeginMapping();
            if (preferred)
            {
                yaml.Pair("weight", affinity.Weight).Key("podAffinityTerm").BeginMapping();
            }
            yaml.Key("labelSelector").BeginMapping().Key("matchLabels").BeginMapping()
                .String(WellKnownLabels.Name).String(affinity.WorkloadName)
                .EndMapping().EndMapping();
            yaml.Pair("topologyKey", affinity.TopologyKey);
            if (preferred)
            {
                yaml.EndMapping();
            }
            yaml.EndMapping();
        }
        if (any)
        {
            yaml.EndSequence();
        }
    }

    public static void Toleration(YamlWriter yaml, TolerationSpec toleration)
    {
        yaml.BeginMapping();
        if (toleration.Key.Value.Length > 0)
        {
            yaml.Pair("key", toleration.Key.Value);
        }
        if (toleration.Value is { } value)
        {
            yaml.Pair("operator", "Equal").Pair("value", value.Value);
        }
        else
        {
            yaml.Pair("operator", "Exists");
        }
        if (KubernetesSpelling.Of(toleration.Effect) is { } effect)
        {
            yaml.Pair("effect", effect);
        }
        ObjectYaml.Optional(yaml, "tolerationSeconds", toleration.Seconds);
        yaml.EndMapping();
    }

    private static void Spreads(YamlWriter yaml, EquatableArray<SpreadSpec> spreads, EquatableArray<Label> selector)
    {
        if (spreads.IsEmpty)
        {
            return;
        }
        yaml.Key("topologySpreadConstraints").BeginSequence();
        foreach (var spread in spreads)
        {
            yaml.BeginMapping()
                .Pair("maxSkew", spread.MaxSkew?.Value ?? 1)
                .Pair("topologyKey", spread.TopologyKey.Value)
                .Pair("whenUnsatisfiable", KubernetesSpelling.Of(spread.WhenUnsatisfiable));
            ObjectYaml.Map(yaml.Key("labelSelector").BeginMapping().Key("matchLabels"), selector);
            yaml.EndMapping().EndMapping();
        }
        yaml.EndSequence();
    }

    /// <summary>TCP is Kubernetes' default and is left out.</summary>
    public static void Protocol(YamlWriter yaml, Protocol protocol)
    {
        if (protocol != Manifests.Protocol.Tcp)
        {
            yaml.Pair("protocol", KubernetesSpelling.Of(protocol));
        }
    }

    public static void Quantities(YamlWriter yaml, string key, EquatableArray<QuantitySpec> quantities, bool limits)
    {
        var any = false;
        foreach (var quantity in quantities)
        {
            if (quantity.IsLimit != limits)
            {
                continue;
            }
            if (!any)
            {
                yaml.Key(key).BeginMapping();
                any = true;
            }
            yaml.String(KubernetesSpelling.Of(quantity.Resource)).String(quantity.Quantity.Value);
        }
        if (any)
        {
            yaml.EndMapping();
        }
    }
}
