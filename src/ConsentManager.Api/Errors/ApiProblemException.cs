namespace ConsentManager.Api.Errors;

/// <summary>
/// A request the API refuses for a reason the caller can fix. Rendered as <c>application/problem+json</c>
/// by <see cref="ApiExceptionHandler"/>; <see cref="Errors"/> maps a JSON path to what is wrong there.
/// </summary>
public sealed class ApiProblemException(int status, string title, string detail, IReadOnlyDictionary<string, string[]>? errors = null)
    : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;

    public static ApiProblemException Unauthorized(string detail) => new(StatusCodes.Status401Unauthorized, "Unauthorized", detail);

    public static ApiProblemException Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static ApiProblemException NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not found", detail);

    public static ApiProblemException Conflict(string detail) => new(StatusCodes.Status409Conflict, "Conflict", detail);

    public static ApiProblemException Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ApiProblemException Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(StatusCodes.Status400BadRequest, "The request is invalid", errors.First().Value[0], errors);
}
