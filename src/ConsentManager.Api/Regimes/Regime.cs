using System.Text.Json.Serialization;

namespace ConsentManager.Api.Regimes;

/// <summary>The legal regime a visitor is under.</summary>
public enum Regime
{
    /// <summary>Nothing runs before consent (EU/EEA, GB, CH, unknown countries).</summary>
    [JsonStringEnumMemberName("opt-in")] OptIn,

    /// <summary>Tracking is allowed until the visitor objects; GPC counts as an objection.</summary>
    [JsonStringEnumMemberName("opt-out")] OptOut,

    /// <summary>Information only.</summary>
    [JsonStringEnumMemberName("notice")] Notice,
}
