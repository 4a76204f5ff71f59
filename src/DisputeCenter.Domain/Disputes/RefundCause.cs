namespace DisputeCenter.Domain.Disputes;

public enum RefundCause
{
    Settlement,
    Decision,
    Appeal,
}
