namespace Manifests.Generators.Domain.Resolution;

/// <summary>The kinds of Kubernetes object Manifests writes.</summary>
internal enum ObjectKind
{
    Deployment,
    ReplicaSet,
    Service,
}

internal static class ObjectKinds
{
    /// <summary>The object's <c>apiVersion</c>.</summary>
    public static string ApiVersion(this ObjectKind kind) => kind switch
    {
        ObjectKind.Deployment or ObjectKind.ReplicaSet => "apps/v1",
        _ => "v1",
    };

    /// <summary>The object's <c>kind</c>, as the API spells it.</summary>
    public static string Spelling(this ObjectKind kind) => kind.ToString();

    /// <summary>
    /// Objects that must not share a name in one namespace: workloads of every kind share one group, because Manifests
    /// selects a workload's pods by its name, so two of one name would select each other's pods.
    /// </summary>
    public static string IdentityGroup(this ObjectKind kind) => kind switch
    {
        ObjectKind.Deployment or ObjectKind.ReplicaSet => "workload",
        _ => kind.ToString(),
    };
}
