export type Language = 'nl' | 'en';
export type Regime = 'opt-in' | 'opt-out' | 'notice';

/**
 * How the widget is set up on a page. Everything is read from the embedding script tag and the
 * page itself, so a site only ever writes the tag:
 * `<script src="https://<api>/widget/v1/consent.js" data-site-id="demo-jobboard" async></script>`.
 */
export interface WidgetConfig {
  /** `data-site-id`. Required: without it the widget does nothing. */
  siteId: string;
  /**
   * `data-api`, without a trailing slash. Default: the script's own URL up to its `/widget/`
   * segment (or the script's origin when there is none), so the API that served the script answers.
   */
  apiBase: string;
  /** From `<html lang>`: `en` when it starts with "en", otherwise `nl` (the default). */
  language: Language;
  /** `navigator.globalPrivacyControl === true`: retargeting is then forced off. Default false. */
  gpc: boolean;
}

/** A third party acting for a purpose, as the site's configuration describes it. */
export interface Vendor {
  name: string;
  cookieLifetimeDays: number;
  sendsIp: boolean;
  /** First-party cookie names it sets; a trailing `*` makes a prefix. Default []. */
  cookies: string[];
}

export interface Purpose {
  id: string;
  /** Raising it asks the visitor again, for this purpose only. */
  version: number;
  title: string;
  description: string;
  vendors: Vendor[];
}

/** `GET {api}/v1/sites/{siteId}/config?lang=` after defaults are filled in. */
export interface SiteConfig {
  siteId: string;
  language: Language;
  controller: { name: string; privacyPolicyUrl: string };
  consentLifetimeDays: number;
  purposes: Purpose[];
  regime: Regime;
  country: string | null;
  gpc: boolean;
  features: {
    /** Default true: send Google Consent Mode v2 updates. */
    consentModeV2: boolean;
    /** Default "bar": a bar at the bottom; "dialog" is a centred, still non-blocking box. */
    bannerVariant: 'bar' | 'dialog';
  };
}

type RawSiteConfig = Omit<SiteConfig, 'features' | 'purposes'> & {
  features?: Partial<SiteConfig['features']>;
  purposes: (Omit<Purpose, 'vendors'> & { vendors?: (Omit<Vendor, 'cookies'> & { cookies?: string[] })[] })[];
};

export function normalizeSiteConfig(raw: RawSiteConfig): SiteConfig {
  return {
    ...raw,
    purposes: raw.purposes.map((purpose) => ({
      ...purpose,
      vendors: (purpose.vendors ?? []).map((vendor) => ({ ...vendor, cookies: vendor.cookies ?? [] })),
    })),
    features: {
      consentModeV2: raw.features?.consentModeV2 !== false,
      bannerVariant: raw.features?.bannerVariant === 'dialog' ? 'dialog' : 'bar',
    },
  };
}

export function readWidgetConfig(doc: Document, nav: Navigator): WidgetConfig | null {
  // currentScript is null once the script has run, and for some loaders; the attribute finds it then.
  const script = (doc.currentScript as HTMLScriptElement | null) ?? doc.querySelector<HTMLScriptElement>('script[data-site-id]');
  const siteId = script?.dataset.siteId;
  if (!script || !siteId) return null;
  const source = script.src ? new URL(script.src, doc.baseURI) : null;
  const cut = source ? source.pathname.indexOf('/widget/') : -1;
  const derived = source ? source.origin + (cut < 0 ? '' : source.pathname.slice(0, cut)) : '';
  return {
    siteId,
    apiBase: (script.dataset.api ?? derived).replace(/\/+$/, ''),
    language: /^en/i.test(doc.documentElement.lang) ? 'en' : 'nl',
    gpc: (nav as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
  };
}
