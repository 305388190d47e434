using System;
using System.ComponentModel;

namespace Manifests
{
    /// <summary>
    /// Written by the generator, not by users: records inside the compiled assembly that a class declares an object the
    /// generator could not write (an error in the class, whatever its configured severity), so that the build task can
    /// refuse to let the object vanish from the output without a word.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ManifestWithheldAttribute : Attribute
    {
        /// <summary>Records that the file at <paramref name="path"/> was not generated, and why.</summary>
        public ManifestWithheldAttribute(string path, string reason)
        {
            Path = path;
            Reason = reason;
        }

        /// <summary>The path the object's file has when it is generated, relative to the output folder.</summary>
        public string Path { get; }

        /// <summary>Which class declares the object and what keeps it from being generated, as a sentence.</summary>
        public string Reason { get; }
    }
}
