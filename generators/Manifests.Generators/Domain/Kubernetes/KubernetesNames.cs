using System.Text;

namespace Manifests.Generators.Domain.Kubernetes;

/// <summary>Names derived from other names, so that a valid workload name never yields an invalid default.</summary>
internal static class KubernetesNames
{
    /// <summary>
    /// The DNS label nearest to <paramref name="name"/>: lower case, every other character ('.' in a subdomain-style
    /// workload name, say) turned into '-', at most 63 characters. <c>shop.web</c> becomes <c>shop-web</c>. Returns
    /// <paramref name="name"/> itself when nothing of it is usable, so that validation reports it.
    /// </summary>
    public static string ToLabel(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            var next = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-';
            if (next != '-' || (builder.Length > 0 && builder[builder.Length - 1] != '-'))
            {
                builder.Append(next);
            }
        }
        var label = builder.ToString().Trim('-');
        if (label.Length > 63)
        {
            label = label.Substring(0, 63).TrimEnd('-');
        }
        return label.Length == 0 ? name : label;
    }
}
