using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Domain.Tests.Evidence;

public class EvidenceFileNameTests
{
    [Theory]
    [InlineData("holiday.jpg", "holiday.jpg")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\Users\me\Desktop\receipt.pdf", "receipt.pdf")]
    [InlineData("a\u0000b\r\nc\u001b.txt", "abc.txt")]
    [InlineData("invoice\u202Egpj.exe", "invoicegpj.exe")]
    [InlineData("C:evil.txt", "Cevil.txt")]
    [InlineData("..", EvidenceFileName.Fallback)]
    [InlineData("dir/", EvidenceFileName.Fallback)]
    [InlineData(null, EvidenceFileName.Fallback)]
    [InlineData("  Foto van defek 📷.jpg  ", "Foto van defek 📷.jpg")]
    public void A_name_is_stripped_of_folders_and_control_characters(string? name, string expected)
    {
        Assert.Equal(expected, EvidenceFileName.Sanitise(name));
    }

    [Fact]
    public void A_long_name_is_cut_to_255_characters_keeping_its_extension()
    {
        var name = EvidenceFileName.Sanitise(new string('x', 400) + ".jpeg");

        Assert.Equal(EvidenceFileName.MaxLength, name.Length);
        Assert.EndsWith("x.jpeg", name, StringComparison.Ordinal);
    }
}
