using System;

namespace Manifests
{
    /// <summary>
    /// Runs the pod only on nodes whose label <see cref="Key"/> matches (<c>[NodeAffinity("disktype", "ssd")]</c>), or,
    /// with <see cref="Preferred"/>, prefers them. Several required affinities must all hold.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class NodeAffinityAttribute : Attribute
    {
        /// <summary>Matches nodes whose label <paramref name="key"/> has one of <paramref name="values"/> (with <see cref="AffinityOperator.In"/>).</summary>
        public NodeAffinityAttribute(string key, params string[] values)
        {
            Key = key;
            Values = values;
        }

        /// <summary>The node label.</summary>
        public string Key { get; }

        /// <summary>The values the operator compares with.</summary>
        public string[] Values { get; }

        /// <summary>How the label is compared; <see cref="AffinityOperator.In"/> unless set.</summary>
        public AffinityOperator Operator { get; set; }

        /// <summary>A preference the scheduler weighs, instead of a rule it enforces.</summary>
        public bool Preferred { get; set; }

        /// <summary>With <see cref="Preferred"/>: the weight, 1 to 100 (default 1).</summary>
        public int Weight { get; set; }
    }
}
