using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Manifests.Build.Files;

namespace Manifests.Build.Ownership;

/// <summary>
/// The project's record of what its builds wrote, kept in obj/: per output folder, the files with their content hash and
/// the folders created. The build overwrites and deletes only what is in it (or in the folder's <see cref="OwnerMarker"/>),
/// so a file a person put in the folder is never touched. One text file, a line per fact:
/// <code>
/// folder     /full/path/of/the/output/folder
/// build      /full/path/of/obj/Debug/net10.0
/// directory  /full/path/of/a/folder/created
/// file       sha256-hex   /full/path/of/a/file/written
/// </code>
/// </summary>
internal sealed class OutputRecord
{
    private const string Header = "# Manifests: what the builds of this project wrote. The build and 'dotnet clean' rewrite and delete only these files.";
    private const char Tab = '\t';

    private readonly List<FolderRecord> folders = new();
    private byte[] loaded = Array.Empty<byte>();

    public IReadOnlyList<FolderRecord> Folders => folders;

    /// <summary>
    /// The record at <paramref name="path"/>; an empty one when there is none or it cannot be made sense of (the build
    /// then owns nothing yet, so it refuses rather than overwrites).
    /// </summary>
    public static OutputRecord Load(string path, AtomicFiles files)
    {
        var record = new OutputRecord();
        var bytes = files.Read(path);
        if (bytes is null)
        {
            return record;
        }
        record.loaded = bytes;
        FolderRecord? current = null;
        foreach (var line in Content.Decode(bytes).Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split(new[] { Tab }, 3);
            switch (fields[0])
            {
                case "folder" when fields.Length == 2 && PathRules.IsCanonical(fields[1]):
                    current = record.GetOrAdd(PathRules.NormalizeFolder(fields[1]));
                    break;
                case "build" when current is not null && fields.Length == 2:
                    current.Builds.Add(fields[1]);
                    break;
                // Only what lies where the build may have put it: a damaged record must not aim a delete elsewhere.
                case "directory" when current is not null && fields.Length == 2 && IsOwnFolder(current.Folder, fields[1]):
                    current.Directories.Add(fields[1]);
                    break;
                case "file" when current is not null && fields.Length == 3 && PathRules.IsCanonical(fields[2]) && PathRules.IsInside(current.Folder, fields[2]):
                    current.Files[fields[2]] = fields[1];
                    break;
            }
        }
        return record;
    }

    public FolderRecord? Find(string folder) => folders.FirstOrDefault(entry => PathRules.AreEqual(entry.Folder, folder));

    public FolderRecord GetOrAdd(string folder)
    {
        var entry = Find(folder);
        if (entry is null)
        {
            entry = new FolderRecord(folder);
            folders.Add(entry);
        }
        return entry;
    }

    public void Remove(FolderRecord entry) => folders.Remove(entry);

    /// <summary>Whether any build of the project wrote the file, into whichever folder.</summary>
    public bool Owns(string file) => folders.Any(entry => entry.Files.ContainsKey(file));

    /// <summary>Writes the record when it changed since it was loaded; deletes it when it holds nothing.</summary>
    public void Save(string path, AtomicFiles files)
    {
        foreach (var entry in folders.Where(entry => entry.IsEmpty).ToList())
        {
            folders.Remove(entry);
        }
        if (folders.Count == 0)
        {
            files.Delete(path);
            loaded = Array.Empty<byte>();
            return;
        }
        var bytes = Render();
        if (!Content.AreEqual(bytes, loaded))
        {
            files.FileSystem.CreateDirectory(Path.GetDirectoryName(path)!);
            files.Write(path, bytes, mayReplace: true);
            loaded = bytes;
        }
    }

    private byte[] Render()
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var entry in folders)
        {
            text.Append("folder").Append(Tab).Append(entry.Folder).Append('\n');
            foreach (var build in entry.Builds)
            {
                text.Append("build").Append(Tab).Append(build).Append('\n');
            }
            foreach (var directory in entry.Directories)
            {
                text.Append("directory").Append(Tab).Append(directory).Append('\n');
            }
            foreach (var file in entry.Files.OrderBy(file => file.Key, StringComparer.Ordinal))
            {
                text.Append("file").Append(Tab).Append(file.Value).Append(Tab).Append(file.Key).Append('\n');
            }
        }
        return Content.Encode(text.ToString());
    }

    /// <summary>The output folder itself, a folder inside it, or a folder above it (created when the output folder was).</summary>
    internal static bool IsOwnFolder(string folder, string directory)
        => PathRules.IsCanonical(directory)
            && (PathRules.AreEqual(folder, directory) || PathRules.IsInside(folder, directory) || PathRules.IsInside(directory, folder));
}
