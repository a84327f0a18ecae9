using ConsentManager.Api.Changes;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Sites;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Webhooks;

/// <summary>Validates and stores a site's webhooks and maps them to what admins may see.</summary>
public sealed class WebhookService(
    SiteDirectory sites, IWebhookStore store, IOptions<WebhookOptions> options, TimeProvider time)
{
    public async Task<(WebhookResponse Webhook, bool Created)> SaveAsync(string siteId, string webhookId, WebhookRequest request)
    {
        await sites.GetRequiredAsync(siteId);
        Validate(request);
        var generated = request.Secret is null ? StandardWebhookSigner.NewSecret() : null;
        var record = new WebhookRecord(webhookId, request.Url, request.Events.Distinct().ToList(), request.Secret ?? generated!, time.GetUtcNow());
        var created = await store.SaveAsync(siteId, record);
        var current = await store.FindAsync(siteId, webhookId);
        // The generated secret is shown in this answer only; it is never readable again.
        return (ToResponse(record, current?.FailingSince) with { Secret = generated }, created);
    }

    public async Task<WebhookResponse> GetAsync(string siteId, string webhookId)
    {
        var (webhook, failingSince) = await FindRequiredAsync(siteId, webhookId);
        return ToResponse(webhook, failingSince);
    }

    public async Task DeleteAsync(string siteId, string webhookId)
    {
        await sites.GetRequiredAsync(siteId);
        if (!await store.DeleteAsync(siteId, webhookId))
        {
            throw NotFound(siteId, webhookId);
        }
    }

    public async Task<DeliveryList> GetDeliveriesAsync(string siteId, string webhookId)
    {
        await FindRequiredAsync(siteId, webhookId);
        return new DeliveryList(await store.GetDeliveriesAsync(siteId, webhookId));
    }

    private async Task<(WebhookRecord Webhook, DateTimeOffset? FailingSince)> FindRequiredAsync(string siteId, string webhookId)
    {
        await sites.GetRequiredAsync(siteId);
        return await store.FindAsync(siteId, webhookId) ?? throw NotFound(siteId, webhookId);
    }

    private void Validate(WebhookRequest request)
    {
        var errors = new ValidationErrors();
        var schemes = options.Value.AllowHttp ? new[] { Uri.UriSchemeHttps, Uri.UriSchemeHttp } : [Uri.UriSchemeHttps];
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || !schemes.Contains(url.Scheme))
        {
            errors.Add("url", $"Webhook url '{request.Url}' must be an absolute {string.Join(" or ", schemes)} URL.");
        }
        else if (!options.Value.AllowPrivateNetworks && !WebhookDestinations.IsPublicHost(url))
        {
            errors.Add("url", $"Webhook url '{request.Url}' must name a public host, not '{url.Host}' (loopback, private, " +
                "link-local or reserved).");
        }

        if (request.Events.Count == 0)
        {
            errors.Add("events", $"Name at least one event: {string.Join(", ", ChangeTypes.All)}.");
        }

        foreach (var unknown in request.Events.Except(ChangeTypes.All))
        {
            errors.Add("events", $"Event '{unknown}' is not one of {string.Join(", ", ChangeTypes.All)}.");
        }

        if (request.Secret is not null && !StandardWebhookSigner.IsSecret(request.Secret))
        {
            errors.Add("secret", "The secret must be 'whsec_' followed by the base64 of 24 to 64 random bytes.");
        }

        errors.ThrowIfAny();
    }

    private static WebhookResponse ToResponse(WebhookRecord webhook, DateTimeOffset? failingSince) =>
        new(webhook.WebhookId, webhook.Url, webhook.Events, failingSince is null ? "active" : "failing", failingSince);

    private static ApiProblemException NotFound(string siteId, string webhookId) =>
        ApiProblemException.NotFound($"Webhook '{webhookId}' is not configured for site '{siteId}'.");
}
