using System;

namespace Manifests
{
    /// <summary>
    /// Beside a <see cref="ContainerAttribute"/>: asks whether the container has started: the other probes wait until it succeeds, for slow starters.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class StartupProbeAttribute : ProbeAttribute
    {

    }
}
