using System;

namespace Manifests
{
    /// <summary>
    /// On a Deployment: replace pods a few at a time (Kubernetes' default strategy), with <see cref="MaxSurge"/> and
    /// <see cref="MaxUnavailable"/> as numbers (<c>"1"</c>) or percentages (<c>"25%"</c>). On a StatefulSet: roll pods in
    /// order, from the highest ordinal down to <see cref="Partition"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class RollingUpdateAttribute : Attribute
    {
        /// <summary>Deployment: how many pods above the desired count may exist during an update.</summary>
        public string? MaxSurge { get; set; }

        /// <summary>How many pods below the desired count may be unavailable during an update.</summary>
        public string? MaxUnavailable { get; set; }

        /// <summary>StatefulSet: pods with a lower ordinal keep the old version (a canary).</summary>
        public int Partition { get; set; }
    }
}
