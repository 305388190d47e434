using System;

namespace Manifests
{
    /// <summary>
    /// Records that the workload needs another workload (its API, its database): that one must be a workload of this
    /// project that a Service reaches (KM403).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class DependsOnAttribute : Attribute
    {
        /// <summary>Depends on <paramref name="workload"/>, a workload class.</summary>
        public DependsOnAttribute(Type workload) => Workload = workload;

        /// <summary>The workload class depended on.</summary>
        public Type Workload { get; }
    }
}
