namespace DisputeCenter.Services.Evidence.Sniffing;

/// <summary>Why a file's content is refused, in words for the person who uploaded it (after "name.ext: ").</summary>
public static class RefusalReasons
{
    public const string NotAllowed = "its content is not an allowed image, video, PDF or text file";
    public const string Program = "it is a program, and programs are never accepted as evidence";
    public const string Incomplete = "the file is incomplete or damaged; upload the whole file again";
    public const string Interrupted = "the upload was interrupted; please try again";
}
