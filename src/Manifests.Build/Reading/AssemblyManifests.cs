using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Manifests.Build.Reading;

/// <summary>One file the generator compiled into the assembly.</summary>
internal readonly record struct EmbeddedManifestFile(string Path, string Content);

/// <summary>One object a class declares that the generator could not write, and why.</summary>
internal readonly record struct WithheldManifest(string Path, string Reason);

/// <summary>
/// What the generator left in a compiled assembly for the build: the <c>[Manifests.ManifestFile(path, content)]</c>
/// and <c>[Manifests.ManifestWithheld(path, reason)]</c> attributes, wherever they sit (the generator puts them on
/// generated classes). Read from the metadata without loading the assembly, which targets the app's framework, not
/// MSBuild's.
/// </summary>
internal sealed class AssemblyManifests
{
    private const string AttributeNamespace = "Manifests";
    private const string FileAttributeName = "ManifestFileAttribute";
    private const string WithheldAttributeName = "ManifestWithheldAttribute";

    private AssemblyManifests(List<EmbeddedManifestFile> files, List<WithheldManifest> withheld)
    {
        Files = files;
        Withheld = withheld;
    }

    /// <summary>Every generated file, in metadata order.</summary>
    public IReadOnlyList<EmbeddedManifestFile> Files { get; }

    /// <summary>Every object that was declared but not generated.</summary>
    public IReadOnlyList<WithheldManifest> Withheld { get; }

    public static AssemblyManifests Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var files = new List<EmbeddedManifestFile>();
        var withheld = new List<WithheldManifest>();

        foreach (var handle in metadata.CustomAttributes)
        {
            var attribute = metadata.GetCustomAttribute(handle);
            var name = AttributeTypeName(metadata, attribute.Constructor);
            if (name != FileAttributeName && name != WithheldAttributeName)
            {
                continue;
            }
            // Custom attribute blob (ECMA-335 II.23.3): prolog 0x0001, then the two string arguments of the constructor.
            var blob = metadata.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() != 1)
            {
                continue;
            }
            var path = blob.ReadSerializedString();
            var text = blob.ReadSerializedString();
            if (path is null || text is null)
            {
                continue;
            }
            if (name == FileAttributeName)
            {
                files.Add(new EmbeddedManifestFile(path, text));
            }
            else
            {
                withheld.Add(new WithheldManifest(path, text));
            }
        }
        return new AssemblyManifests(files, withheld);
    }

    /// <summary>The name of the attribute type a constructor belongs to when that type is in the Manifests namespace; else null.</summary>
    private static string? AttributeTypeName(MetadataReader metadata, EntityHandle constructor)
    {
        EntityHandle type;
        switch (constructor.Kind)
        {
            case HandleKind.MemberReference:
                type = metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent;
                break;
            case HandleKind.MethodDefinition:
                type = metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType();
                break;
            default:
                return null;
        }

        StringHandle ns, name;
        switch (type.Kind)
        {
            case HandleKind.TypeReference:
                var reference = metadata.GetTypeReference((TypeReferenceHandle)type);
                (ns, name) = (reference.Namespace, reference.Name);
                break;
            case HandleKind.TypeDefinition:
                var definition = metadata.GetTypeDefinition((TypeDefinitionHandle)type);
                (ns, name) = (definition.Namespace, definition.Name);
                break;
            default:
                return null;
        }
        return metadata.StringComparer.Equals(ns, AttributeNamespace) ? metadata.GetString(name) : null;
    }
}
