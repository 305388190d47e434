using System;

namespace Manifests
{
    /// <summary>An annotation on the workload and its pod template (where tools such as Prometheus read them).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class AnnotationAttribute : Attribute
    {
        /// <summary>Adds the annotation <paramref name="key"/>: <paramref name="value"/>.</summary>
        public AnnotationAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The annotation key, in the same grammar as a label key.</summary>
        public string Key { get; }

        /// <summary>The value: any text.</summary>
        public string Value { get; }
    }
}
