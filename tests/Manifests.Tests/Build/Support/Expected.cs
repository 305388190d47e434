namespace Manifests.Tests.Build.Support;

/// <summary>The build's KMB messages word for word, as a user reads them in the build output.</summary>
internal static class Expected
{
    public static string PathLeavesFolder(string path) => $"Manifests: refusing to write '{path}': the path leaves the output folder.";

    public static string WriteFailed(string file, string reason)
        => $"Manifests: could not write '{file}': {reason} Nothing was removed and kustomization.yaml was not rewritten, so it lists only files that exist; build again once the file can be written.";

    public static string FileNotOurs(string file)
        => $"Manifests: '{file}' is in the way: this project's build did not write it, and never overwrites or deletes what it did not write, so nothing was written. Move it elsewhere, or set ManifestsOutputPath to a folder of the build's own.";

    public static string FolderOfAnotherProject(string folder, string owner, string marker)
        => $"Manifests: the output folder '{folder}' belongs to the project '{owner}' (so says '{marker}'); nothing was written. Give each project an output folder of its own, and list them in a kustomization of yours to deploy them together.";

    public static string Withheld(string path, string reason)
        => $"Manifests: '{path}' was not generated: {reason} Nothing was written or deleted, so the output folder keeps the files of the last good build. Fix the class, or set ManifestsAllowWithheldObjects to true to write the other objects without it.";

    public static string WithheldAllowed(string path, string reason)
        => $"Manifests: '{path}' was not generated: {reason} The other objects are written without it, as ManifestsAllowWithheldObjects is true.";

    public static string NameTooLong(string file, string name, int bytes)
        => $"Manifests: cannot write '{file}': the name '{name}' is {bytes} bytes long, and file systems allow 255; nothing was written. Give the object a shorter name.";

    public static string ProjectLocked(string lockFile, int seconds)
        => $"Manifests: another build of this project held '{lockFile}' for {seconds} seconds; nothing was written. Build again when it has finished.";

    public static string DeleteFailed(string file, string reason)
        => $"Manifests: could not delete '{file}', which the build wrote earlier: {reason} The next build tries again.";

    public static string Restored(string file)
        => $"Manifests: restored '{file}', which was edited after the build wrote it: the YAML comes from the C# classes, change them instead";
}
