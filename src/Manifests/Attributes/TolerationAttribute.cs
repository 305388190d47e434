using System;

namespace Manifests
{
    /// <summary>
    /// Lets the pod be scheduled on (or stay on) nodes with a matching taint. With a <see cref="Value"/> the
    /// toleration uses operator <c>Equal</c>; without one, <c>Exists</c> (any value of the key).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class TolerationAttribute : Attribute
    {
        /// <summary>Tolerates taints with key <paramref name="key"/>; an empty key with no value tolerates every taint.</summary>
        public TolerationAttribute(string key) => Key = key;

        /// <summary>The taint key, for example <c>node-role.dkosv3.9rum.cc/lb</c>.</summary>
        public string Key { get; }

        /// <summary>The taint value to match (operator <c>Equal</c>); unset matches any value (operator <c>Exists</c>).</summary>
        public string? Value { get; set; }

        /// <summary>The taint effect to match; <see cref="TaintEffect.Any"/> matches every effect.</summary>
        public TaintEffect Effect { get; set; }

        /// <summary>With <see cref="TaintEffect.NoExecute"/>: how many seconds the pod stays bound after the taint appears.</summary>
        public long TolerationSeconds { get; set; }

        /// <summary>
        /// Only in this environment (one declared with <see cref="ManifestEnvironmentAttribute"/>); unset, in every
        /// environment. It is added to the base tolerations.
        /// </summary>
        public string? Environment { get; set; }
    }
}
