using System.Globalization;
using System.Linq;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Resolution;

/// <summary>The container port a Service sends traffic to, as written or as defaulted.</summary>
/// <param name="Text">The target as text: a port name or a number.</param>
/// <param name="Number">The port number when the target is numeric, else null.</param>
/// <param name="Source">Where the target was written, or the Service attribute when defaulted.</param>
internal readonly record struct ServiceTarget(string Text, int? Number, SourceRef Source)
{
    /// <summary>
    /// The Service's target port: <c>TargetPort</c> when set; else the workload's only container port (by name when it
    /// has one); else the Service port itself, as Kubernetes defaults it.
    /// </summary>
    public static ServiceTarget Resolve(WorkloadSpec workload, ServiceSpec service)
    {
        if (service.TargetPort is { } written)
        {
            return int.TryParse(written.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? new ServiceTarget(written.Value, number, written.Source)
                : new ServiceTarget(written.Value, null, written.Source);
        }

        var ports = workload.Containers.Where(c => !c.IsInit).SelectMany(c => c.Ports).ToList();
        if (ports.Count == 1)
        {
            var only = ports[0];
            return only.Name is { } name
                ? new ServiceTarget(name.Value, null, service.Source)
                : new ServiceTarget(only.Number.Value.ToString(CultureInfo.InvariantCulture), only.Number.Value, service.Source);
        }
        return new ServiceTarget(service.Port.Value.ToString(CultureInfo.InvariantCulture), service.Port.Value, service.Source);
    }
}
