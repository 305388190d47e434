using System;

namespace Manifests
{
    /// <summary>
    /// A label on the workload, its pods and its Service. On the assembly it is a common label of every object.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class LabelAttribute : Attribute
    {
        /// <summary>Adds the label <paramref name="key"/>=<paramref name="value"/>.</summary>
        public LabelAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The label key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters.</summary>
        public string Key { get; }

        /// <summary>The label value: at most 63 characters, alphanumeric at both ends, '-', '_' and '.' inside.</summary>
        public string Value { get; }
    }
}
