namespace DisputeCenter.Domain.Disputes.Returns;

/// <summary>How a return came about, which decides how the dispute ends when the goods are back.</summary>
public enum ReturnOrigin
{
    /// <summary>The parties settled on a return and refund: the dispute ends settled.</summary>
    Settlement,

    /// <summary>A moderator decided a return and refund: the appeal window of the decision applies.</summary>
    Decision,

    /// <summary>Decided on appeal: the dispute closes when the return ends.</summary>
    DecisionOnAppeal,
}
