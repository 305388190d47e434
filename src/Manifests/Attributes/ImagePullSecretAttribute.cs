using System;

namespace Manifests
{
    /// <summary>A Secret of type <c>kubernetes.io/dockerconfigjson</c> the kubelet uses to pull the pod's images from a private registry.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ImagePullSecretAttribute : Attribute
    {
        /// <summary>Pulls with the Secret <paramref name="name"/>.</summary>
        public ImagePullSecretAttribute(string name) => Name = name;

        /// <summary>The Secret's name.</summary>
        public string Name { get; }
    }
}
