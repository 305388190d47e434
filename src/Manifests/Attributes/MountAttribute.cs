using System;

namespace Manifests
{
    /// <summary>Beside a <see cref="ContainerAttribute"/>: mounts a volume of the pod into the container.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class MountAttribute : Attribute
    {
        /// <summary>Mounts the volume <paramref name="volume"/> at <paramref name="path"/>.</summary>
        public MountAttribute(string volume, string path)
        {
            Volume = volume;
            Path = path;
        }

        /// <summary>The name of a <see cref="VolumeAttribute"/> (or of a <see cref="VolumeClaimAttribute"/> of a StatefulSet).</summary>
        public string Volume { get; }

        /// <summary>The absolute path in the container.</summary>
        public string Path { get; }

        /// <summary>Mounts the volume read-only.</summary>
        public bool ReadOnly { get; set; }

        /// <summary>A path inside the volume to mount instead of its root.</summary>
        public string? SubPath { get; set; }
    }
}
