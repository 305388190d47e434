using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Diagnostics;

/// <summary>
/// One thing wrong with what the user wrote: the descriptor ID, where, and the message arguments. A plain value, so the
/// generator can cache it; the analyzers turn it into a <see cref="Microsoft.CodeAnalysis.Diagnostic"/>.
/// </summary>
internal sealed record ManifestProblem(string Id, SourceRef Source, EquatableArray<string> MessageArguments)
{
    public static ManifestProblem Create(string id, SourceRef source, params string[] messageArguments)
        => new(id, source, messageArguments.ToEquatableArray());
}
