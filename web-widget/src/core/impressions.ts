// Reports one banner display to the API's stats. Nothing identifies the visitor: no id, no cookie
// (credentials omitted), just the variant shown. A string body goes out as text/plain, a CORS-safelisted
// type, so neither the beacon nor the fallback needs a preflight; both survive the page being closed.

export interface BeaconTarget {
  navigator: Pick<Navigator, 'sendBeacon'>;
  fetch: typeof fetch;
}

export function reportImpression(target: BeaconTarget, apiBase: string, siteId: string, bannerVariant: string): void {
  const url = `${apiBase}/v1/sites/${encodeURIComponent(siteId)}/impressions`;
  const body = JSON.stringify({ bannerVariant });
  try {
    if (target.navigator.sendBeacon?.(url, body)) return;
  } catch {
    // Some browsers throw for beacons they would refuse; the fallback below still reports it.
  }
  // A lost impression only lowers a rate a little: never retried, never surfaced.
  target.fetch(url, { method: 'POST', body, keepalive: true, credentials: 'omit', mode: 'cors' }).catch(() => {});
}
