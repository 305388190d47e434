using System;

namespace Manifests
{
    /// <summary>
    /// A <c>policy/v1</c> PodDisruptionBudget for the workload's pods: how many must stay up while nodes are drained.
    /// Set <see cref="MinAvailable"/> or <see cref="MaxUnavailable"/>, as a number (<c>"2"</c>) or a percentage (<c>"50%"</c>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class DisruptionBudgetAttribute : Attribute
    {
        /// <summary>How many pods must stay available.</summary>
        public string? MinAvailable { get; set; }

        /// <summary>How many pods may be unavailable at once.</summary>
        public string? MaxUnavailable { get; set; }
    }
}
