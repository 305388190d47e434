using System;

namespace Manifests
{
    /// <summary>The security settings every container of the pod shares, on the workload class.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class PodSecurityContextAttribute : Attribute
    {
        /// <summary>The kubelet refuses to start any container as root.</summary>
        public bool RunAsNonRoot { get; set; }

        /// <summary>The user ID the containers run as.</summary>
        public long RunAsUser { get; set; }

        /// <summary>The group ID the containers run as.</summary>
        public long RunAsGroup { get; set; }

        /// <summary>The group that owns the pod's volumes.</summary>
        public long FsGroup { get; set; }

        /// <summary>More groups for the containers' processes.</summary>
        public long[]? SupplementalGroups { get; set; }

        /// <summary>The seccomp profile of every container.</summary>
        public SeccompProfile Seccomp { get; set; }
    }
}
