using System.Text.RegularExpressions;
using DisputeCenter.Services.Seeding;

namespace DisputeCenter.Services.Tests.Seeding;

/// <summary>script/server and the README list the demo accounts by hand: they list exactly the ones the seeder creates.</summary>
public sealed partial class DemoAccountListsTests
{
    [Theory]
    [InlineData("script/server")]
    [InlineData("README.md")]
    public void The_file_lists_every_demo_account_and_no_other(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), file));

        var listed = DemoAddress().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

        Assert.Equal(DemoAccounts.All.Select(a => a.Email).Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public void Script_server_prints_the_demo_passphrase() =>
        Assert.Contains(DemoAccounts.Password, File.ReadAllText(Path.Combine(RepositoryRoot(), "script", "server")), StringComparison.Ordinal);

    [GeneratedRegex(@"[A-Za-z0-9._-]+@demo\.test")]
    private static partial Regex DemoAddress();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DisputeCenter.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DisputeCenter.sln not found above " + AppContext.BaseDirectory);
    }
}
