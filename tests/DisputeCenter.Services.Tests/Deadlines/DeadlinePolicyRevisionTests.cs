using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Deadlines.Rules;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Deadlines.PolicyTable;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Deadlines;

public sealed class DeadlinePolicyRevisionTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private Task<T> Policies<T>(Func<DeadlinePolicyService, Task<T>> act) => db.InScopeAsync(s => act(s.GetRequiredService<DeadlinePolicyService>()));

    private static ReviseDeadlinePolicyCommand Form(PolicyRow row, string sellerResponse, string negotiation = "7") => new()
    {
        RowId = row.CurrentId,
        SellerContactPeriod = "3",
        FilingWindow = "30",
        SellerResponse = sellerResponse,
        Negotiation = negotiation,
        InformationRequestDefault = "3",
        AppealWindow = "30",
        ModeratorAction = "2",
        ReturnAddress = "3",
        ReturnShipment = "7",
        ReturnTransit = "30",
        ReturnReceipt = "3",
    };

    [Fact]
    public async Task A_revision_is_a_new_version_with_who_and_when_and_the_history_keeps_the_old_one()
    {
        var admin = await db.Data.UserAsync(DisputeCenter.Services.Accounts.Roles.Administrator, "Ada Admin");
        var before = (await Policies(p => p.TableAsync())).Single(r => r.CategoryCode is null && r.Reason is null);

        var result = await Policies(p => p.ReviseAsync(Form(before, "2,5"), admin.Id));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var after = (await Policies(p => p.TableAsync())).Single(r => r.CategoryCode is null && r.Reason is null);
        Assert.Equal(before.Current.Version + 1, after.Current.Version);
        Assert.Equal(TimeSpan.FromHours(60), after.Current.Durations.SellerResponse);
        Assert.Equal($"Ada Admin ({admin.Email})", after.Current.CreatedBy);
        Assert.Equal(db.Clock.GetUtcNow(), after.Current.CreatedAt);
        Assert.Equal([after.Current.Version, before.Current.Version], after.History.Select(v => v.Version));
        Assert.Null(after.History[1].CreatedBy);
        Assert.Equal(DeadlineDurations.Standard, after.Shipped);
    }

    [Fact]
    public async Task Revising_a_version_that_is_no_longer_current_is_a_conflict_and_saves_nothing()
    {
        var row = (await Policies(p => p.TableAsync())).Single(r => r.CategoryCode == "machinery");
        (await Policies(p => p.ReviseAsync(Form(row, "6", "10"), "admin-1"))).ThrowIfFailed();
        var count = await db.WithDbAsync(d => d.DeadlinePolicies.CountAsync());

        var stale = await Policies(p => p.ReviseAsync(Form(row, "4", "10"), "admin-2"));

        Assert.Equal(ResultStatus.Conflict, stale.Status);
        Assert.Equal(count, await db.WithDbAsync(d => d.DeadlinePolicies.CountAsync()));
    }

    [Fact]
    public async Task Values_the_domain_refuses_come_back_as_the_broken_rule_and_save_nothing()
    {
        var row = (await Policies(p => p.TableAsync())).Single(r => r.CategoryCode == "perishables");
        var count = await db.WithDbAsync(d => d.DeadlinePolicies.CountAsync());

        var refused = await Policies(p => p.ReviseAsync(Form(row, "5", "4"), "admin-1"));

        Assert.Equal(ResultStatus.Refused, refused.Status);
        Assert.IsType<NegotiationMustOutlastSellerResponseRule>(refused.BrokenRule);
        Assert.Equal(count, await db.WithDbAsync(d => d.DeadlinePolicies.CountAsync()));
    }

    [Theory]
    [InlineData("-1", "Enter more than zero days.")]
    [InlineData("0", "Enter more than zero days.")]
    [InlineData("100000", "Enter at most 365 days.")]
    [InlineData("five", "Enter a number of days, like 5 or 2.5.")]
    [InlineData("", "Enter a number of days.")]
    [InlineData("1.125", "Use at most two decimals (0.5 is twelve hours).")]
    public async Task The_form_refuses_a_value_that_is_not_a_sensible_number_of_days(string typed, string message)
    {
        var row = (await Policies(p => p.TableAsync()))[0];
        var validator = db.Services.GetRequiredService<FluentValidation.IValidator<ReviseDeadlinePolicyCommand>>();

        var result = await validator.ValidateAsync(Form(row, typed));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(ReviseDeadlinePolicyCommand.SellerResponse), message), (error.PropertyName, error.ErrorMessage));
        Assert.Equal(365, DeadlineDurationMustBeInRangeRule.Longest.TotalDays);
    }
}
