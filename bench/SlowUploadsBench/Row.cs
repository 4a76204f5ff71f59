namespace SlowUploadsBench;

/// <summary>One run's figures: the slow uploads, the order list read meanwhile, and the app's database connections.</summary>
internal sealed record Row(
    int Open, int Dropped, string DroppedAfter, double RequestsPerSecond, double P50, double P99, int Errors, int MaxConnections, int MaxActive, int MaxIdleInTransaction);
