using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Helpers;

namespace Manifests.Generators.Emitting;

/// <summary>The objects that are not workloads: a ConfigMap from its class, and the Namespace the defaults create.</summary>
internal static class ConfigYaml
{
    public static ManifestDocument ConfigMap(ResolvedConfigMap configMap)
    {
        var yaml = ObjectYaml.Begin(configMap.File, configMap.Labels, configMap.Annotations);
        if (configMap.Spec.Immutable)
        {
            yaml.Pair("immutable", true);
        }
        if (!configMap.Spec.Data.IsEmpty)
        {
            ObjectYaml.Map(yaml.Key("data"), configMap.Spec.Data);
        }
        return new ManifestDocument(configMap.File, ObjectYaml.End(yaml));
    }

    public static ManifestDocument Namespace(ObjectFile file, EquatableArray<Label> labels)
        => new(file, ObjectYaml.End(ObjectYaml.Begin(file, labels, EquatableArray<Label>.Empty)));
}
