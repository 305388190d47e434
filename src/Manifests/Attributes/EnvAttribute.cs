using System;

namespace Manifests
{
    /// <summary>An environment variable of the container.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class EnvAttribute : Attribute
    {
        /// <summary>Sets the variable <paramref name="name"/> to <paramref name="value"/>.</summary>
        public EnvAttribute(string name, string value)
        {
            Name = name;
            Value = value;
        }

        /// <summary>The variable name.</summary>
        public string Name { get; }

        /// <summary>The value, written to the YAML exactly as given.</summary>
        public string Value { get; }
    }
}
