using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Manifests.Build;

/// <summary>One file the generator compiled into the assembly.</summary>
internal readonly record struct EmbeddedManifestFile(string Path, string Content);

/// <summary>
/// Reads the <c>[Manifests.ManifestFileAttribute(path, content)]</c> attributes from a compiled assembly's metadata,
/// wherever they sit (the generator puts them on generated classes), without loading the assembly (it targets the
/// app's framework, not MSBuild's).
/// </summary>
internal static class ManifestFileReader
{
    private const string AttributeNamespace = "Manifests";
    private const string AttributeName = "ManifestFileAttribute";

    public static List<EmbeddedManifestFile> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var files = new List<EmbeddedManifestFile>();

        foreach (var handle in metadata.CustomAttributes)
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (!IsManifestFileAttribute(metadata, attribute.Constructor))
            {
                continue;
            }
            // Custom attribute blob (ECMA-335 II.23.3): prolog 0x0001, then the two string arguments.
            var blob = metadata.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() != 1)
            {
                continue;
            }
            var path = blob.ReadSerializedString();
            var content = blob.ReadSerializedString();
            if (path is not null && content is not null)
            {
                files.Add(new EmbeddedManifestFile(path, content));
            }
        }
        return files;
    }

    private static bool IsManifestFileAttribute(MetadataReader metadata, EntityHandle constructor)
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
                return false;
        }

        return type.Kind switch
        {
            HandleKind.TypeReference => Is(metadata, metadata.GetTypeReference((TypeReferenceHandle)type).Namespace, metadata.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => Is(metadata, metadata.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, metadata.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => false,
        };

        static bool Is(MetadataReader metadata, StringHandle ns, StringHandle name)
            => metadata.StringComparer.Equals(ns, AttributeNamespace) && metadata.StringComparer.Equals(name, AttributeName);
    }
}
