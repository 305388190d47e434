using System;

namespace Manifests
{
    /// <summary>On a Deployment: stop every old pod before starting new ones (for software that cannot run two versions at once).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class RecreateAttribute : Attribute
    {

    }
}
