using System;

namespace Manifests
{
    /// <summary>
    /// An <c>autoscaling/v2</c> HorizontalPodAutoscaler for the workload: between <see cref="Min"/> and <see cref="Max"/>
    /// replicas, keeping cpu (or memory) use near the given percentage of what the pods request.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class AutoscaleAttribute : Attribute
    {
        /// <summary>The fewest replicas (default 1).</summary>
        public int Min { get; set; }

        /// <summary>The most replicas. Required.</summary>
        public int Max { get; set; }

        /// <summary>Target average cpu use, as a percentage of the pods' cpu requests.</summary>
        public int CpuPercent { get; set; }

        /// <summary>Target average memory use, as a percentage of the pods' memory requests.</summary>
        public int MemoryPercent { get; set; }
    }
}
