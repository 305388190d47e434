using System;

namespace Manifests
{
    /// <summary>
    /// The container's compute resources, as Kubernetes quantities: cpu in cores or millicores (<c>250m</c>, <c>1</c>),
    /// memory in bytes with a suffix (<c>256Mi</c>, <c>1Gi</c>). Requests are what the scheduler reserves; limits are
    /// what the container may use.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ResourcesAttribute : Attribute
    {
        /// <summary>The cpu the scheduler reserves, for example <c>250m</c>.</summary>
        public string? CpuRequest { get; set; }

        /// <summary>The most cpu the container may use.</summary>
        public string? CpuLimit { get; set; }

        /// <summary>The memory the scheduler reserves, for example <c>256Mi</c>.</summary>
        public string? MemoryRequest { get; set; }

        /// <summary>The most memory the container may use before it is killed.</summary>
        public string? MemoryLimit { get; set; }

        /// <summary>The local ephemeral storage the scheduler reserves.</summary>
        public string? EphemeralStorageRequest { get; set; }

        /// <summary>The most local ephemeral storage the container may use.</summary>
        public string? EphemeralStorageLimit { get; set; }
    }
}
