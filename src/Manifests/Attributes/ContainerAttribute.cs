using System;

namespace Manifests
{
    /// <summary>
    /// A container of the workload's pod. On the workload class itself it is the pod's main container, named after
    /// the workload; on a nested class it is one more container, named after that class. <see cref="PortAttribute"/>,
    /// <see cref="EnvAttribute"/> and <see cref="ResourcesAttribute"/> on the same class belong to this container.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ContainerAttribute : Attribute
    {
        /// <summary>Creates a container running <paramref name="image"/>.</summary>
        /// <param name="image">The image reference, for example <c>idock.daumkakao.io/shop/frontend:1.4.2</c>.</param>
        public ContainerAttribute(string image) => Image = image;

        /// <summary>The image reference.</summary>
        public string Image { get; }

        /// <summary>The container name; defaults to the kebab-case of the class it is on (the workload name for the workload class).</summary>
        public string? Name { get; set; }

        /// <summary>When the kubelet pulls the image; unset leaves Kubernetes' default.</summary>
        public ImagePullPolicy PullPolicy { get; set; }

        /// <summary>Replaces the image's entrypoint.</summary>
        public string[]? Command { get; set; }

        /// <summary>Arguments to the entrypoint.</summary>
        public string[]? Args { get; set; }
    }
}
