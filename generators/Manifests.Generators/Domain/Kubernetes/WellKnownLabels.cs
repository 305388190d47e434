namespace Manifests.Generators.Domain.Kubernetes;

/// <summary>The recommended labels (kubernetes.io/docs/concepts/overview/working-with-objects/common-labels) Manifests writes.</summary>
internal static class WellKnownLabels
{
    /// <summary>The label Manifests selects a workload's pods by: the workload's name. Users may not set it themselves.</summary>
    public const string Name = "app.kubernetes.io/name";

    /// <summary>The label <c>ManifestDefaults.PartOf</c> sets.</summary>
    public const string PartOf = "app.kubernetes.io/part-of";
}
