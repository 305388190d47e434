using System;

namespace Manifests
{
    /// <summary>
    /// Declares a Secret that exists in the cluster (created by hand, by a vault operator or by sealed-secrets): its name and
    /// the keys it holds. It is never generated, so no value is ever written in code; workloads refer to it by type, and a
    /// reference to a key it does not declare is reported (KM405).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class SecretAttribute : Attribute
    {
        /// <summary>Declares the Secret <paramref name="name"/>.</summary>
        public SecretAttribute(string name) => Name = name;

        /// <summary>The Secret's name in the cluster.</summary>
        public string Name { get; }

        /// <summary>The keys the Secret holds.</summary>
        public string[]? Keys { get; set; }
    }
}
