using System;

namespace Manifests
{
    /// <summary>
    /// Beside a <see cref="ContainerAttribute"/>: every key of a Secret or ConfigMap as an environment variable of the container.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class EnvFromAttribute : Attribute
    {
        /// <summary>Takes every key of <paramref name="source"/>, a class marked <see cref="SecretAttribute"/> or <see cref="ConfigMapAttribute"/>.</summary>
        public EnvFromAttribute(Type source) => Source = source;

        /// <summary>The Secret or ConfigMap class.</summary>
        public Type Source { get; }

        /// <summary>Prepended to every variable name.</summary>
        public string? Prefix { get; set; }

        /// <summary>Lets the pod start when the Secret or ConfigMap is missing.</summary>
        public bool Optional { get; set; }
    }
}
