using DisputeCenter.Services.Startup;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Evidence;

public sealed class AbandonedUploadsTests
{
    [Fact]
    public async Task Start_up_removes_the_spool_file_of_a_killed_upload_and_leaves_a_live_one()
    {
        var abandoned = Path.Combine(Path.GetTempPath(), $"disputecenter-upload-{Guid.NewGuid():N}");
        var live = Path.Combine(Path.GetTempPath(), $"disputecenter-upload-{Guid.NewGuid():N}");
        await File.WriteAllBytesAsync(abandoned, new byte[1024]);
        await using var held = new FileStream(live, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();

        services.RemoveAbandonedUploads();

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(live));
    }
}
