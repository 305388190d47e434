using System;

namespace Manifests
{
    /// <summary>
    /// A <c>networking.k8s.io/v1</c> Ingress rule to the workload's <see cref="ServiceAttribute"/>: traffic for
    /// <see cref="Host"/> and <see cref="Path"/> from outside the cluster. Several on one workload are one Ingress.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class IngressAttribute : Attribute
    {
        /// <summary>Routes <paramref name="host"/> (<c>shop.example.com</c>) to the workload's Service.</summary>
        public IngressAttribute(string host) => Host = host;

        /// <summary>The host name.</summary>
        public string Host { get; }

        /// <summary>The path; <c>/</c> unless set.</summary>
        public string? Path { get; set; }

        /// <summary>How the path matches; <see cref="IngressPathType.Prefix"/> unless set.</summary>
        public IngressPathType PathType { get; set; }

        /// <summary>The Service port to send traffic to; the Service's port unless set.</summary>
        public int Port { get; set; }

        /// <summary>A Secret of type <c>kubernetes.io/tls</c> holding the host's certificate: serves HTTPS.</summary>
        public string? TlsSecret { get; set; }

        /// <summary>The ingress class (<c>nginx</c>); the cluster's default unless set.</summary>
        public string? ClassName { get; set; }
    }
}
