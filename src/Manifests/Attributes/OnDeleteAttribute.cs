using System;

namespace Manifests
{
    /// <summary>On a StatefulSet: update a pod only when someone deletes it.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class OnDeleteAttribute : Attribute
    {

    }
}
