namespace DisputeCenter.Web.Resources;

/// <summary>
/// Marker for the shared texts (headings, labels, messages, whole sentences), read by <c>IStringLocalizer&lt;SharedResource&gt;</c>
/// in the views and by <c>Text.T</c>: English texts are the keys, <c>Resources/SharedResource.af-ZA.resx</c> holds Afrikaans
/// (embedded as <c>DisputeCenter.Web.Resources.SharedResource.af-ZA</c>, named for this class, so no ResourcesPath is set).
/// </summary>
public sealed class SharedResource;
