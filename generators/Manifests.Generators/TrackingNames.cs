namespace Manifests.Generators;

/// <summary>Names of the generator's pipeline steps, so tests can assert how each step ran.</summary>
internal static class TrackingNames
{
    public const string Defaults = nameof(Defaults);
    public const string ImageTags = nameof(ImageTags);
    public const string KustomizationResources = nameof(KustomizationResources);
    public const string Deployments = nameof(Deployments);
    public const string ReplicaSets = nameof(ReplicaSets);
    public const string StatefulSets = nameof(StatefulSets);
    public const string ConfigMaps = nameof(ConfigMaps);
    public const string DeploymentDocuments = nameof(DeploymentDocuments);
    public const string ReplicaSetDocuments = nameof(ReplicaSetDocuments);
    public const string StatefulSetDocuments = nameof(StatefulSetDocuments);
    public const string ConfigMapDocuments = nameof(ConfigMapDocuments);
    public const string ContestedObjects = nameof(ContestedObjects);
    public const string WorkloadFiles = nameof(WorkloadFiles);
    public const string DocumentIndex = nameof(DocumentIndex);
}
