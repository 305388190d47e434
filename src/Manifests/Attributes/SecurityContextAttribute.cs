using System;

namespace Manifests
{
    /// <summary>
    /// Beside a <see cref="ContainerAttribute"/>: the container's security settings. What the whole pod shares (fsGroup,
    /// supplemental groups) is <see cref="PodSecurityContextAttribute"/>'s. A property left unset is left out.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class SecurityContextAttribute : Attribute
    {
        /// <summary>The kubelet refuses to start the container as root.</summary>
        public bool RunAsNonRoot { get; set; }

        /// <summary>The user ID the container runs as.</summary>
        public long RunAsUser { get; set; }

        /// <summary>The group ID the container runs as.</summary>
        public long RunAsGroup { get; set; }

        /// <summary>Mounts the container's root filesystem read-only.</summary>
        public bool ReadOnlyRootFilesystem { get; set; }

        /// <summary>Whether a process may gain more privileges than its parent (setuid); set it to false.</summary>
        public bool AllowPrivilegeEscalation { get; set; }

        /// <summary>Runs the container privileged, with every capability of the host.</summary>
        public bool Privileged { get; set; }

        /// <summary>Linux capabilities to drop, for example <c>new[] { "ALL" }</c>.</summary>
        public string[]? DropCapabilities { get; set; }

        /// <summary>Linux capabilities to add, for example <c>new[] { "NET_BIND_SERVICE" }</c>.</summary>
        public string[]? AddCapabilities { get; set; }

        /// <summary>The seccomp profile; unset leaves the pod's.</summary>
        public SeccompProfile Seccomp { get; set; }
    }
}
