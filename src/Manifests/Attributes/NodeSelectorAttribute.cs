using System;

namespace Manifests
{
    /// <summary>Restricts the pod to nodes carrying the label <c>key=value</c>.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class NodeSelectorAttribute : Attribute
    {
        /// <summary>Requires the node label <paramref name="key"/> to equal <paramref name="value"/>.</summary>
        public NodeSelectorAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The node label key.</summary>
        public string Key { get; }

        /// <summary>The required label value.</summary>
        public string Value { get; }

        /// <summary>
        /// Only in this environment (one declared with <see cref="ManifestEnvironmentAttribute"/>); unset, in every
        /// environment. An entry of the same key in the environment replaces the base one.
        /// </summary>
        public string? Environment { get; set; }
    }
}
