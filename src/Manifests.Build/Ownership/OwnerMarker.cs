using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Manifests.Build.Files;

namespace Manifests.Build.Ownership;

/// <summary>
/// The file in an output folder that says which project's build writes there, and which files and folders that build
/// made. It keeps a second project from writing into the same folder (and so from deleting the first one's files on
/// clean), and it travels with the folder: after obj/ is deleted, or in a fresh clone of a repository that commits the
/// folder, the build still knows its own files. Paths in it are relative to the folder, so it reads the same on every
/// machine:
/// <code>
/// project    ../../../../Shop.csproj
/// directory  shop
/// file       shop/frontend-deployment.yaml
/// </code>
/// </summary>
internal sealed class OwnerMarker
{
    /// <summary>The marker's name in the output folder: hidden, and no YAML, so kubectl and Argo CD pass it by.</summary>
    public const string FileName = ".manifests-owner";

    private const string Header =
        "# Manifests: the build of the project below writes this folder's generated files; no other project's build may.\n"
        + "# It rewrites and deletes only the files listed here. Delete this file only together with them.\n";

    private const char Tab = '\t';

    private OwnerMarker(string? project, List<string> files, List<string> directories)
    {
        Project = project;
        Files = files;
        Directories = directories;
    }

    /// <summary>The owning project's full path; null when the marker names none (damaged, or not ours).</summary>
    public string? Project { get; }

    /// <summary>The files the owner wrote, by full path.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The folders the owner created, by full path.</summary>
    public IReadOnlyList<string> Directories { get; }

    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    /// <summary>The marker in <paramref name="folder"/>, or null when there is none.</summary>
    public static OwnerMarker? Read(string folder, AtomicFiles files)
    {
        var bytes = files.Read(PathIn(folder));
        if (bytes is null)
        {
            return null;
        }
        string? project = null;
        var owned = new List<string>();
        var directories = new List<string>();
        foreach (var line in Content.Decode(bytes).Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split(new[] { Tab }, 2);
            if (fields.Length != 2 || fields[1].Length == 0)
            {
                continue;
            }
            var full = FullPath(folder, fields[1]);
            switch (fields[0])
            {
                case "project":
                    project = full;
                    break;
                case "file" when full is not null && PathRules.IsInside(folder, full):
                    owned.Add(full);
                    break;
                // The folder and what is below it: the marker travels with the folder, and never names what lies above.
                case "directory" when full is not null && (PathRules.AreEqual(folder, full) || PathRules.IsInside(folder, full)):
                    directories.Add(full);
                    break;
            }
        }
        return new OwnerMarker(project, owned, directories);
    }

    public bool IsOwnedBy(string project) => Project is not null && PathRules.AreEqual(Project, project);

    /// <summary>The marker's text for <paramref name="project"/> owning <paramref name="entry"/>'s files and folders.</summary>
    public static byte[] Render(string project, FolderRecord entry)
    {
        var text = new StringBuilder(Header);
        text.Append("project").Append(Tab).Append(PathRules.Relative(entry.Folder, project)).Append('\n');
        // Not the folders above the output folder: in another clone they were there before the build.
        var inside = entry.Directories.Where(directory => PathRules.AreEqual(entry.Folder, directory) || PathRules.IsInside(entry.Folder, directory));
        foreach (var directory in inside.Select(directory => Relative(entry.Folder, directory)).OrderBy(path => path, StringComparer.Ordinal))
        {
            text.Append("directory").Append(Tab).Append(directory).Append('\n');
        }
        foreach (var file in entry.Files.Keys.Select(file => Relative(entry.Folder, file)).OrderBy(path => path, StringComparer.Ordinal))
        {
            text.Append("file").Append(Tab).Append(file).Append('\n');
        }
        return Content.Encode(text.ToString());
    }

    private static string Relative(string folder, string path)
    {
        var relative = PathRules.Relative(folder, path);
        return relative.Length == 0 ? "." : relative;
    }

    private static string? FullPath(string folder, string relative)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar)));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
