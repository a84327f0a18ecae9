namespace ConsentManager.Api.Exports;

/// <summary>A member of a site's receipt index: <c>"{receiptId} {visitorId}"</c> (neither id can contain a space).</summary>
public static class ReceiptIndexMember
{
    public static string Of(string receiptId, string visitorId) => $"{receiptId} {visitorId}";

    public static (string ReceiptId, string VisitorId) Parse(string member)
    {
        var space = member.IndexOf(' ');
        return (member[..space], member[(space + 1)..]);
    }
}
