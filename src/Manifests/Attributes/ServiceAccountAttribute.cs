using System;

namespace Manifests
{
    /// <summary>The service account the pod runs as.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ServiceAccountAttribute : Attribute
    {
        /// <summary>Runs the pod as <paramref name="name"/>.</summary>
        public ServiceAccountAttribute(string name) => Name = name;

        /// <summary>The service account's name.</summary>
        public string Name { get; }
    }
}
