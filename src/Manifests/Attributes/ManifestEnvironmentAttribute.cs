using System;

namespace Manifests
{
    /// <summary>
    /// Declares a stage the objects are promoted through (<c>dev</c>, <c>staging</c>, <c>prod</c>). With at least one,
    /// the build writes every object under <c>base/</c>, each environment's changes to it under
    /// <c>environments/&lt;name&gt;/</c> (written by the build), and a <c>stages/&lt;name&gt;/</c> folder that a person or a
    /// promotion tool (Kargo, Argo CD) edits, created once and never overwritten. What changes per environment is said
    /// with <see cref="OverrideAttribute"/> and the <c>Environment</c> property of <see cref="EnvAttribute"/>,
    /// <see cref="TolerationAttribute"/> and <see cref="NodeSelectorAttribute"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class ManifestEnvironmentAttribute : Attribute
    {
        /// <summary>Declares the environment <paramref name="name"/>, a DNS label.</summary>
        public ManifestEnvironmentAttribute(string name) => Name = name;

        /// <summary>The environment's name: its folders' name.</summary>
        public string Name { get; }

        /// <summary>
        /// The environment's cluster profile, as listed in a <c>ManifestsClusterNodes</c> item (a path relative to the
        /// project): the scheduling checks judge this environment's pods against it. An item with
        /// <c>Environment="prod"</c> metadata does the same.
        /// </summary>
        public string? ClusterNodes { get; set; }
    }
}
