using System;
using System.ComponentModel;

namespace Manifests
{
    /// <summary>
    /// Written by the generator, not by users: carries one generated YAML file inside the compiled assembly, where the
    /// package's build task finds it and writes it to <c>$(ManifestsOutputPath)</c>. The generator puts it on a generated
    /// class; the task reads it wherever it is.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ManifestFileAttribute : Attribute
    {
        /// <summary>Records the file at <paramref name="path"/> (relative, '/'-separated) with <paramref name="content"/>.</summary>
        public ManifestFileAttribute(string path, string content)
        {
            Path = path;
            Content = content;
        }

        /// <summary>The path relative to the output folder.</summary>
        public string Path { get; }

        /// <summary>The YAML text.</summary>
        public string Content { get; }

        /// <summary>The kind of the object the file holds (<c>Deployment</c>, <c>Service</c>...); null for a file that is no object, such as the kustomization.</summary>
        public string? Kind { get; set; }

        /// <summary>The name of the object the file holds.</summary>
        public string? Name { get; set; }

        /// <summary>The namespace of the object the file holds, or null when it has none.</summary>
        public string? Namespace { get; set; }
    }
}
