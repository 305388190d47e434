using System;

namespace Manifests
{
    /// <summary>
    /// Beside a <see cref="ContainerAttribute"/>: asks whether the container still works: the kubelet restarts it after enough failures.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class LivenessProbeAttribute : ProbeAttribute
    {

    }
}
