using System;

namespace Manifests
{
    /// <summary>
    /// Defaults for every object of the assembly. Common labels are given with <c>[assembly: Label(...)]</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    public sealed class ManifestDefaultsAttribute : Attribute
    {
        /// <summary>The namespace of every object that does not set its own.</summary>
        public string? Namespace { get; set; }

        /// <summary>The application the objects are part of: written as the <c>app.kubernetes.io/part-of</c> label.</summary>
        public string? PartOf { get; set; }
    }
}
