using System;

namespace Manifests
{
    /// <summary>
    /// An environment variable of the container: a literal <see cref="Value"/>, or a key of a Secret or ConfigMap
    /// (<c>[Env("DB_PASSWORD", Secret = typeof(DbCredentials), Key = "password")]</c>), so that no secret is written in code.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class EnvAttribute : Attribute
    {
        /// <summary>Sets the variable <paramref name="name"/> to <paramref name="value"/>.</summary>
        public EnvAttribute(string name, string value)
        {
            Name = name;
            Value = value;
        }

        /// <summary>Sets the variable <paramref name="name"/> from <see cref="Secret"/> or <see cref="ConfigMap"/>.</summary>
        public EnvAttribute(string name) => Name = name;

        /// <summary>The variable name.</summary>
        public string Name { get; }

        /// <summary>The value, written to the YAML exactly as given; null when it comes from a Secret or ConfigMap.</summary>
        public string? Value { get; }

        /// <summary>A class marked <see cref="SecretAttribute"/> whose <see cref="Key"/> holds the value.</summary>
        public Type? Secret { get; set; }

        /// <summary>A class marked <see cref="ConfigMapAttribute"/> whose <see cref="Key"/> holds the value.</summary>
        public Type? ConfigMap { get; set; }

        /// <summary>The key of the Secret or ConfigMap; defaults to the variable name.</summary>
        public string? Key { get; set; }

        /// <summary>Lets the pod start when the key is missing (the variable is then unset).</summary>
        public bool Optional { get; set; }

        /// <summary>
        /// Only in this environment (one declared with <see cref="ManifestEnvironmentAttribute"/>); unset, in every
        /// environment. A variable of the same name in the environment replaces the base one.
        /// </summary>
        public string? Environment { get; set; }
    }
}
