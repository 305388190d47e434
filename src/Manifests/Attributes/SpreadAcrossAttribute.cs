using System;

namespace Manifests
{
    /// <summary>
    /// Spreads the workload's pods evenly across the values of a node label (a topology spread constraint):
    /// <c>[SpreadAcross("topology.kubernetes.io/zone")]</c> keeps the zones within <see cref="MaxSkew"/> pods of each other.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class SpreadAcrossAttribute : Attribute
    {
        /// <summary>Spreads across the values of <paramref name="topologyKey"/>.</summary>
        public SpreadAcrossAttribute(string topologyKey) => TopologyKey = topologyKey;

        /// <summary>The node label whose values are the domains.</summary>
        public string TopologyKey { get; }

        /// <summary>The most the pod counts of two domains may differ by (default 1).</summary>
        public int MaxSkew { get; set; }

        /// <summary>What the scheduler does when it cannot keep the spread; <see cref="UnsatisfiableSpread.DoNotSchedule"/> unless set.</summary>
        public UnsatisfiableSpread WhenUnsatisfiable { get; set; }
    }
}
