using System;

namespace Manifests
{
    /// <summary>
    /// What one environment changes about a workload: its replicas and autoscaler bounds (on the workload class), the
    /// image tag and resources of a container (on the workload class for its own container, on a nested class for
    /// that container). A property left unset keeps the base value.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class OverrideAttribute : Attribute
    {
        /// <summary>Changes the workload in <paramref name="environment"/>, one declared with <see cref="ManifestEnvironmentAttribute"/>.</summary>
        public OverrideAttribute(string environment) => Environment = environment;

        /// <summary>The environment.</summary>
        public string Environment { get; }

        /// <summary>The replica count in the environment.</summary>
        public int Replicas { get; set; }

        /// <summary>The autoscaler's fewest replicas in the environment.</summary>
        public int MinReplicas { get; set; }

        /// <summary>The autoscaler's most replicas in the environment.</summary>
        public int MaxReplicas { get; set; }

        /// <summary>The container image's tag in the environment (the repository stays).</summary>
        public string? Tag { get; set; }

        /// <summary>The container's cpu request in the environment.</summary>
        public string? CpuRequest { get; set; }

        /// <summary>The container's cpu limit in the environment.</summary>
        public string? CpuLimit { get; set; }

        /// <summary>The container's memory request in the environment.</summary>
        public string? MemoryRequest { get; set; }

        /// <summary>The container's memory limit in the environment.</summary>
        public string? MemoryLimit { get; set; }
    }
}
