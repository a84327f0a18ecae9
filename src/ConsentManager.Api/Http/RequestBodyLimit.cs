using ConsentManager.Api.Errors;
using Microsoft.AspNetCore.Http.Metadata;

namespace ConsentManager.Api.Http;

/// <summary>
/// Refuses bodies over the endpoint's limit (16 KiB unless it declares <c>[RequestSizeLimit]</c>) before anything
/// reads them, with a 413 problem. Kestrel enforces the same limit on bodies without a Content-Length.
/// </summary>
public static class RequestBodyLimit
{
    public const long DefaultBytes = 16 * 1024;

    // Not async: on every request that passes (all but the refused) it only hands over, so it adds no state machine
    // and no continuation to the request.
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultBytes;
            return context.Request.ContentLength > limit
                ? throw new ApiProblemException(StatusCodes.Status413PayloadTooLarge, "Request body too large",
                    $"The request body is {context.Request.ContentLength} bytes; this endpoint accepts at most {limit}.")
                : next(context);
        });
}
