using System;

namespace Manifests
{
    /// <summary>
    /// Makes the class a <c>v1</c> ConfigMap, generated from its <see cref="DataAttribute"/> entries and referred to by its
    /// type from <see cref="EnvAttribute.ConfigMap"/>, <see cref="EnvFromAttribute"/> and <see cref="VolumeAttribute.ConfigMap"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ConfigMapAttribute : Attribute
    {
        /// <summary>The object name; defaults to the class name in kebab-case (<c>ShopConfig</c> becomes <c>shop-config</c>).</summary>
        public string? Name { get; set; }

        /// <summary>The namespace; defaults to <see cref="ManifestDefaultsAttribute.Namespace"/>.</summary>
        public string? Namespace { get; set; }

        /// <summary>Writes <c>immutable: true</c>: the API server refuses changes, and kubelets stop watching it.</summary>
        public bool Immutable { get; set; }
    }
}
