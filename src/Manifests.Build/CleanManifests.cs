using System.IO;
using Manifests.Build.Files;
using Microsoft.Build.Framework;

namespace Manifests.Build;

/// <summary>
/// <c>dotnet clean</c>: deletes the files this build of the project wrote, wherever its record (or the output folder's
/// marker) says they are, then the folders it created that are left empty. Never a file it did not write.
/// </summary>
public sealed class CleanManifests : ProjectOutputTask
{
    /// <summary>The output folder the project is set to now: its marker is read when the record in obj/ is gone.</summary>
    public string OutputDirectory { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var current = OutputDirectory.Length == 0 ? null : PathRules.NormalizeFolder(OutputDirectory);
        if (!File.Exists(RecordPath) && (current is null || !File.Exists(Ownership.OwnerMarker.PathIn(current))))
        {
            return true;
        }
        return ChangeOutput(output =>
        {
            var removed = output.Clean(current);
            output.Save();
            if (removed > 0)
            {
                Log.LogMessage(MessageImportance.High, "Manifests: removed {0} files", removed);
            }
            return true;
        });
    }
}
