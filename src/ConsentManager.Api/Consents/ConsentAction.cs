namespace ConsentManager.Api.Consents;

public enum ConsentAction
{
    AcceptAll,
    RejectAll,
    Custom,

    /// <summary>Denies every purpose, whatever the choices say.</summary>
    Withdraw,
}
