using System;

namespace Manifests
{
    /// <summary>
    /// Beside a <see cref="ContainerAttribute"/>: asks whether the container may receive traffic: a Service sends none to a pod that is not ready.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ReadinessProbeAttribute : ProbeAttribute
    {

    }
}
