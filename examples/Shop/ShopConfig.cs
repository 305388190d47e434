using Manifests;

namespace Shop;

/// <summary>
/// The settings the frontend and the backend share, in one ConfigMap: changing the log level or a feature flag is an
/// edit here, not a new image from D2Hub.
/// </summary>
[ConfigMap]
[Data("LOG_LEVEL", "info")]
[Data("FEATURES", "cart,search")]
public partial class ShopConfig
{
}
