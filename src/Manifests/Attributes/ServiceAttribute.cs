using System;

namespace Manifests
{
    /// <summary>
    /// A <c>v1</c> Service in front of the workload's pods: it selects exactly the pods of the class it is on.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ServiceAttribute : Attribute
    {
        /// <summary>The Service name; defaults to the workload's name. A Service name is a DNS-1035 label.</summary>
        public string? Name { get; set; }

        /// <summary>The port clients connect to (1-65535). Required.</summary>
        public int Port { get; set; }

        /// <summary>
        /// The container port traffic goes to: a port name (<c>http</c>) or a number (<c>"8080"</c>). Unset, it is the
        /// workload's only port when it has exactly one, else <see cref="Port"/>.
        /// </summary>
        public string? TargetPort { get; set; }

        /// <summary>A name for the Service port; unset uses the target port's name when it targets one by name.</summary>
        public string? PortName { get; set; }

        /// <summary>How the Service is exposed; ClusterIP unless set.</summary>
        public ServiceType Type { get; set; }

        /// <summary>With <see cref="ServiceType.NodePort"/> or <see cref="ServiceType.LoadBalancer"/>: a fixed node port; unset lets the cluster choose.</summary>
        public int NodePort { get; set; }

        /// <summary>The protocol; TCP unless set.</summary>
        public Protocol Protocol { get; set; }
    }
}
