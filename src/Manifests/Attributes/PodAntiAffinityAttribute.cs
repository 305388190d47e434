using System;

namespace Manifests
{
    /// <summary>
    /// Keeps the workload's pods apart: no two on one node (or one zone, with <see cref="TopologyKey"/>), or, with
    /// <see cref="Workload"/>, away from another workload's pods.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class PodAntiAffinityAttribute : Attribute
    {
        /// <summary>The node label that defines "together"; <c>kubernetes.io/hostname</c> (one node) unless set.</summary>
        public string? TopologyKey { get; set; }

        /// <summary>The workload class whose pods to avoid; the workload's own unless set.</summary>
        public Type? Workload { get; set; }

        /// <summary>A preference the scheduler weighs, instead of a rule it enforces.</summary>
        public bool Preferred { get; set; }

        /// <summary>With <see cref="Preferred"/>: the weight, 1 to 100 (default 1).</summary>
        public int Weight { get; set; }
    }
}
