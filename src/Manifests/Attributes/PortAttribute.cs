using System;

namespace Manifests
{
    /// <summary>A port the container listens on. Name it to let a <see cref="ServiceAttribute"/> target it by name.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class PortAttribute : Attribute
    {
        /// <summary>Declares that the container listens on <paramref name="containerPort"/> (1-65535).</summary>
        public PortAttribute(int containerPort) => ContainerPort = containerPort;

        /// <summary>The port number inside the container.</summary>
        public int ContainerPort { get; }

        /// <summary>An IANA service name (at most 15 lowercase letters, digits and '-', with at least one letter).</summary>
        public string? Name { get; set; }

        /// <summary>The protocol; TCP unless set.</summary>
        public Protocol Protocol { get; set; }
    }
}
