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

        /// <summary>
        /// The registries the team pulls images from, for example <c>new[] { "idock.daumkakao.io" }</c>: a host, with
        /// port and path prefix if need be (<c>localhost:5000</c>, <c>idock.daumkakao.io/shop</c>); <c>docker.io</c> is
        /// Docker Hub. An image from anywhere else is reported (KM202). Joined with the MSBuild property
        /// <c>ManifestsAllowedRegistries</c>; with neither, every registry is allowed.
        /// </summary>
        public string[]? AllowedRegistries { get; set; }

        /// <summary>
        /// The registries that need credentials to pull from (a subset of the allowed ones, as a rule): a workload that
        /// pulls from one without an <see cref="ImagePullSecretAttribute"/> is reported (KM505).
        /// </summary>
        public string[]? PrivateRegistries { get; set; }

        /// <summary>Also writes the <see cref="Namespace"/> itself, as a <c>v1</c> Namespace listed first in the kustomization.</summary>
        public bool CreateNamespace { get; set; }
    }
}
