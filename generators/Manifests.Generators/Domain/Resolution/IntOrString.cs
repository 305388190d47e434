using System.Globalization;

namespace Manifests.Generators.Domain.Resolution;

/// <summary>
/// A Kubernetes IntOrString field (a port, maxSurge, minAvailable): written as a number when the text is one, else as
/// the text (a port name, a percentage).
/// </summary>
internal readonly record struct IntOrString(int? Number, string Text)
{
    public static IntOrString Parse(string text)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? new(number, text) : new(null, text);

    public static IntOrString Of(int number) => new(number, number.ToString(CultureInfo.InvariantCulture));
}
