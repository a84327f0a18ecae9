using ConsentManager.Api.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.Api.Errors;

/// <summary>
/// The one place exceptions become responses, always <c>application/problem+json</c>. Checked in order:
/// <list type="number">
/// <item>ApiProblemException → its own status: the caller can fix the request (400, 404, 409, 413).</item>
/// <item>StoreUnavailableException → 503 with Retry-After: Redis is down, which is never "no consent".</item>
/// <item>BadHttpRequestException → its status: Kestrel refused the request (body too large, malformed framing).</item>
/// <item>anything else → 500 without internals; logged with the route.</item>
/// </list>
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ApiProblemException api => api.Errors is null
                ? new ProblemDetails { Status = api.Status, Title = api.Title, Detail = api.Message }
                : new ValidationProblemDetails(api.Errors.ToDictionary()) { Status = api.Status, Title = api.Title, Detail = api.Message },
            StoreUnavailableException => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Consent store unavailable",
                Detail = $"The consent store cannot be reached right now; nothing was decided or recorded. Retry after {RetryAfterSeconds} s.",
            },
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Route}", httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Internal server error" };
        }
        else if (exception is StoreUnavailableException)
        {
            logger.LogWarning(exception, "Consent store unavailable on {Method} {Route}", httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
