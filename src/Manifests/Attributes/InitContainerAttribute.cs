using System;

namespace Manifests
{
    /// <summary>
    /// An init container of the workload's pod, on a nested class: it runs to completion, in declaration order with the
    /// other init containers, before the pod's containers start (waiting for a dependency, running migrations). Its
    /// <see cref="EnvAttribute"/> and <see cref="ResourcesAttribute"/> sit beside it on the same class.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class InitContainerAttribute : Attribute
    {
        /// <summary>Creates an init container running <paramref name="image"/>.</summary>
        /// <param name="image">The image reference, for example <c>idock.daumkakao.io/shop/migrations:2.0.1</c>.</param>
        public InitContainerAttribute(string image) => Image = image;

        /// <summary>The image reference.</summary>
        public string Image { get; }

        /// <summary>The container name; defaults to the kebab-case of the class it is on.</summary>
        public string? Name { get; set; }

        /// <summary>When the kubelet pulls the image; unset leaves Kubernetes' default.</summary>
        public ImagePullPolicy PullPolicy { get; set; }

        /// <summary>Replaces the image's entrypoint.</summary>
        public string[]? Command { get; set; }

        /// <summary>Arguments to the entrypoint.</summary>
        public string[]? Args { get; set; }
    }
}
