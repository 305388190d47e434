using System;

namespace Manifests
{
    /// <summary>
    /// A volume of the workload's pod, mounted into containers with <see cref="MountAttribute"/>: an empty directory, a
    /// ConfigMap or Secret (by type), or a PersistentVolumeClaim (by name).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class VolumeAttribute : Attribute
    {
        /// <summary>Declares the volume <paramref name="name"/>; set one of its sources.</summary>
        public VolumeAttribute(string name) => Name = name;

        /// <summary>The volume name, which mounts refer to.</summary>
        public string Name { get; }

        /// <summary>An empty directory that lives as long as the pod.</summary>
        public bool EmptyDir { get; set; }

        /// <summary>With <see cref="EmptyDir"/>: <see cref="StorageMedium.Memory"/> for a tmpfs.</summary>
        public StorageMedium Medium { get; set; }

        /// <summary>With <see cref="EmptyDir"/>: the most it may hold, a quantity such as <c>1Gi</c>.</summary>
        public string? SizeLimit { get; set; }

        /// <summary>A class marked <see cref="ConfigMapAttribute"/>: each key becomes a file.</summary>
        public Type? ConfigMap { get; set; }

        /// <summary>A class marked <see cref="SecretAttribute"/>: each key becomes a file.</summary>
        public Type? Secret { get; set; }

        /// <summary>The name of a PersistentVolumeClaim.</summary>
        public string? Claim { get; set; }

        /// <summary>With <see cref="Claim"/>: mount the claim read-only.</summary>
        public bool ReadOnly { get; set; }
    }
}
