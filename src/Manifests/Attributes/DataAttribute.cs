using System;

namespace Manifests
{
    /// <summary>One entry of a <see cref="ConfigMapAttribute"/> class.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class DataAttribute : Attribute
    {
        /// <summary>Sets <paramref name="key"/> to <paramref name="value"/>.</summary>
        public DataAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The key: letters, digits, '-', '_' and '.'.</summary>
        public string Key { get; }

        /// <summary>The value, written exactly as given.</summary>
        public string Value { get; }
    }
}
