namespace DisputeCenter.Domain.Common;

/// <summary>A named invariant. A broken rule explains itself in words a user can act on.</summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }
}
