using System;
using System.ComponentModel;

namespace Manifests
{
    /// <summary>
    /// Written by the generator, not by users: a file the build creates when it is missing and never touches again, so
    /// that a person or a promotion tool owns it from then on (a stage's kustomization that Kargo edits, say).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ManifestSeedAttribute : Attribute
    {
        /// <summary>Creates the file at <paramref name="path"/> (relative, '/'-separated) with <paramref name="content"/> when it does not exist.</summary>
        public ManifestSeedAttribute(string path, string content)
        {
            Path = path;
            Content = content;
        }

        /// <summary>The path relative to the output folder.</summary>
        public string Path { get; }

        /// <summary>The text the file starts with.</summary>
        public string Content { get; }
    }
}
