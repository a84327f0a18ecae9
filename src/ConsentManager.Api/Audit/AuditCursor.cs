using System.Text.RegularExpressions;

namespace ConsentManager.Api.Audit;

/// <summary>A page cursor is the stream id of the last entry returned: <c>{ms}-{seq}</c>.</summary>
internal static partial class AuditCursor
{
    public static bool IsValid(string cursor) => Pattern().IsMatch(cursor);

    public static long SeqOf(string streamId) => long.Parse(streamId[(streamId.IndexOf('-') + 1)..]);

    [GeneratedRegex("^[0-9]{1,15}-[0-9]{1,18}$")]
    private static partial Regex Pattern();
}
