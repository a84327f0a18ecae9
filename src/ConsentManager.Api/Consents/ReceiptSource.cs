namespace ConsentManager.Api.Consents;

/// <summary>How a choice reached the API: through the embedded widget, or a direct API call.</summary>
public enum ReceiptSource
{
    Api,
    Widget,
}
