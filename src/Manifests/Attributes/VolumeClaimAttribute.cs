using System;

namespace Manifests
{
    /// <summary>
    /// On a StatefulSet: a PersistentVolumeClaim template, so that each pod gets a volume of its own that outlives it;
    /// mount it with <see cref="MountAttribute"/> by its name.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class VolumeClaimAttribute : Attribute
    {
        /// <summary>A claim template <paramref name="name"/> of <paramref name="size"/> (a quantity such as <c>10Gi</c>).</summary>
        public VolumeClaimAttribute(string name, string size)
        {
            Name = name;
            Size = size;
        }

        /// <summary>The claim's name, which mounts refer to.</summary>
        public string Name { get; }

        /// <summary>The storage each pod requests.</summary>
        public string Size { get; }

        /// <summary>The storage class; the cluster's default unless set.</summary>
        public string? StorageClass { get; set; }

        /// <summary>How nodes may mount it; <see cref="VolumeAccessMode.ReadWriteOnce"/> unless set.</summary>
        public VolumeAccessMode AccessMode { get; set; }
    }
}
