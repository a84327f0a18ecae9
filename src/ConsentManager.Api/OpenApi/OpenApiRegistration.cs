namespace ConsentManager.Api.OpenApi;

public static class OpenApiRegistration
{
    /// <summary>
    /// The OpenAPI document at <c>/openapi/v1.json</c>, the one source of the HTTP contract: every operation named
    /// and described, with the credentials it takes, so generated clients work. Snapshotted in
    /// <c>contracts/openapi.v1.json</c> and linted with <c>spectral:oas</c>.
    /// </summary>
    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<ApiDocumentDescription>();
            options.AddOperationTransformer<OperationNaming>();
            options.AddOperationTransformer<OperationSecurity>();
        });
}
