namespace DisputeCenter.Services.Disputes.Returns;

/// <summary>Configuration section <c>Returns</c>: where goods go back when a seller gives no return address in time.</summary>
public sealed class ReturnsOptions
{
    public const string Section = "Returns";

    /// <summary>The platform's returns address, shown to the buyer (several lines).</summary>
    public string PlatformAddress { get; set; } = "DisputeCenter Returns Centre\nUnit 4, Harbour Logistics Park\n1 Marine Drive\nCape Town 8001\nSouth Africa";
}
