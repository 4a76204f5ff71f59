namespace DisputeCenter.Domain.Evidence;

public enum EvidenceKind
{
    Photo,
    Video,
    Screenshot,
    Document,
    ChatRecord,
    PaymentProof,
    ShippingRecord,
    SupplierInformation,
}
