namespace Manifests
{
    /// <summary>One generated Kubernetes object, as the generated <c>Manifests.Generated.GeneratedManifests</c> class lists it.</summary>
    public sealed class ManifestFile
    {
        /// <summary>Describes one generated object.</summary>
        public ManifestFile(string path, string kind, string name, string? @namespace, string yaml)
        {
            Path = path;
            Kind = kind;
            Name = name;
            Namespace = @namespace;
            Yaml = yaml;
        }

        /// <summary>The file path relative to the output folder, for example <c>shop/frontend-deployment.yaml</c>.</summary>
        public string Path { get; }

        /// <summary>The object kind: <c>Deployment</c>, <c>ReplicaSet</c> or <c>Service</c>.</summary>
        public string Kind { get; }

        /// <summary>The object name.</summary>
        public string Name { get; }

        /// <summary>The namespace, or null when the object has none.</summary>
        public string? Namespace { get; }

        /// <summary>The YAML document.</summary>
        public string Yaml { get; }

        /// <inheritdoc />
        public override string ToString() => Path;
    }
}
