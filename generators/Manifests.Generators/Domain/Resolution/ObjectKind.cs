namespace Manifests.Generators.Domain.Resolution;

/// <summary>The kinds of Kubernetes object Manifests writes.</summary>
internal enum ObjectKind
{
    Namespace,
    ConfigMap,
    Deployment,
    ReplicaSet,
    StatefulSet,
    Service,
    Ingress,
    HorizontalPodAutoscaler,
    PodDisruptionBudget,
}

internal static class ObjectKinds
{
    /// <summary>The object's <c>apiVersion</c>.</summary>
    public static string ApiVersion(this ObjectKind kind) => kind switch
    {
        ObjectKind.Deployment or ObjectKind.ReplicaSet or ObjectKind.StatefulSet => "apps/v1",
        ObjectKind.Ingress => "networking.k8s.io/v1",
        ObjectKind.HorizontalPodAutoscaler => "autoscaling/v2",
        ObjectKind.PodDisruptionBudget => "policy/v1",
        _ => "v1",
    };

    /// <summary>The object's <c>kind</c>, as the API spells it.</summary>
    public static string Spelling(this ObjectKind kind) => kind.ToString();

    /// <summary>Whether the kind is a workload that runs pods.</summary>
    public static bool IsWorkload(this ObjectKind kind) => kind is ObjectKind.Deployment or ObjectKind.ReplicaSet or ObjectKind.StatefulSet;

    /// <summary>
    /// Objects that must not share a name in one namespace: workloads of every kind share one group, because Manifests
    /// selects a workload's pods by its name, so two of one name would select each other's pods.
    /// </summary>
    public static string IdentityGroup(this ObjectKind kind) => kind.IsWorkload() ? "workload" : kind.ToString();
}
