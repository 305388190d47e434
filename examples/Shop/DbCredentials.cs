using Manifests;

namespace Shop;

/// <summary>
/// The database's user and password. The Secret is created in the cluster by the team, never by the build: this class
/// only names it and its keys, so no password is ever in git, and a reference to a key it lacks fails in the editor.
/// </summary>
[Secret("db-credentials", Keys = new[] { "username", "password" })]
public partial class DbCredentials
{
}
