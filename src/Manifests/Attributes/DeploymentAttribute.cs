using System;

namespace Manifests
{
    /// <summary>
    /// Makes the class a Kubernetes <c>apps/v1</c> Deployment: its pods are described by the class's
    /// <see cref="ContainerAttribute"/> (on the class itself, or on nested classes for a multi-container pod).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class DeploymentAttribute : Attribute
    {
        /// <summary>The object name; defaults to the class name in kebab-case (<c>OrderApi</c> becomes <c>order-api</c>).</summary>
        public string? Name { get; set; }

        /// <summary>The namespace; defaults to <see cref="ManifestDefaultsAttribute.Namespace"/>, else none (the apply-time namespace).</summary>
        public string? Namespace { get; set; }

        /// <summary>How many pods to keep running. Defaults to 1.</summary>
        public int Replicas { get; set; } = 1;
    }
}
