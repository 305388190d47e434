using System;

namespace Manifests
{
    /// <summary>
    /// Makes the class a Kubernetes <c>apps/v1</c> ReplicaSet: a fixed number of identical pods, without the rolling
    /// updates a <see cref="DeploymentAttribute"/> gives.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ReplicaSetAttribute : Attribute
    {
        /// <summary>The object name; defaults to the class name in kebab-case.</summary>
        public string? Name { get; set; }

        /// <summary>The namespace; defaults to <see cref="ManifestDefaultsAttribute.Namespace"/>, else none.</summary>
        public string? Namespace { get; set; }

        /// <summary>How many pods to keep running. Defaults to 1.</summary>
        public int Replicas { get; set; } = 1;
    }
}
