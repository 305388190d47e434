using k8s;
using k8s.Models;

namespace Manifests.Tests.Support;

/// <summary>
/// The independent judge: the official Kubernetes C# client reads our YAML in strict mode (unknown fields throw), so a
/// document that passes here has the shape the API server expects.
/// </summary>
internal static class KubernetesJudge
{
    public static IKubernetesObject Parse(string yaml)
    {
        var kind = KubernetesYaml.Deserialize<KubernetesObjectHeader>(yaml).Kind;
        return kind switch
        {
            "Deployment" => KubernetesYaml.Deserialize<V1Deployment>(yaml, strict: true),
            "ReplicaSet" => KubernetesYaml.Deserialize<V1ReplicaSet>(yaml, strict: true),
            "StatefulSet" => KubernetesYaml.Deserialize<V1StatefulSet>(yaml, strict: true),
            "Service" => KubernetesYaml.Deserialize<V1Service>(yaml, strict: true),
            "ConfigMap" => KubernetesYaml.Deserialize<V1ConfigMap>(yaml, strict: true),
            "Namespace" => KubernetesYaml.Deserialize<V1Namespace>(yaml, strict: true),
            "Ingress" => KubernetesYaml.Deserialize<V1Ingress>(yaml, strict: true),
            "HorizontalPodAutoscaler" => KubernetesYaml.Deserialize<V2HorizontalPodAutoscaler>(yaml, strict: true),
            "PodDisruptionBudget" => KubernetesYaml.Deserialize<V1PodDisruptionBudget>(yaml, strict: true),
            _ => throw new InvalidOperationException($"Unexpected kind '{kind}'"),
        };
    }

    /// <summary>Every document of a generation run except kustomization.yaml, parsed.</summary>
    public static Dictionary<string, IKubernetesObject> ParseAll(GeneratedFiles files)
        => files.ByPath.Where(f => f.Key != "kustomization.yaml").ToDictionary(f => f.Key, f => Parse(f.Value));

    /// <summary>The pod template of a Deployment or ReplicaSet.</summary>
    public static V1PodTemplateSpec Template(IKubernetesObject workload) => workload switch
    {
        V1Deployment deployment => deployment.Spec.Template,
        V1ReplicaSet replicaSet => replicaSet.Spec.Template,
        V1StatefulSet statefulSet => statefulSet.Spec.Template,
        _ => throw new InvalidOperationException("Not a workload: " + workload.Kind),
    };

    public static IDictionary<string, string> Selector(IKubernetesObject workload) => workload switch
    {
        V1Deployment deployment => deployment.Spec.Selector.MatchLabels,
        V1ReplicaSet replicaSet => replicaSet.Spec.Selector.MatchLabels,
        V1StatefulSet statefulSet => statefulSet.Spec.Selector.MatchLabels,
        _ => throw new InvalidOperationException("Not a workload: " + workload.Kind),
    };

    private sealed class KubernetesObjectHeader : IKubernetesObject
    {
        public string ApiVersion { get; set; } = "";
        public string Kind { get; set; } = "";
    }
}
