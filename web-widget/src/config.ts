import type { Language, SiteConfigResponse } from './api-contract';

export type { Language, Regime } from './api-contract';

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
  /** `navigator.globalPrivacyControl === true`: purposes with the role `advertising` are forced off. Default false. */
  gpc: boolean;
}

type RawPurpose = SiteConfigResponse['purposes'][number];
type RawVendor = RawPurpose['vendors'][number];

/** A third party acting for a purpose; `cookies` (default []) names first-party cookies, a trailing `*` a prefix. */
export type Vendor = Omit<RawVendor, 'cookies'> & { cookies: string[] };

/** A purpose as the visitor is asked about it; raising `version` asks again, for this purpose only. */
export type Purpose = Omit<RawPurpose, 'vendors'> & { vendors: Vendor[] };
export type PurposeRole = Purpose['role'];

/** `GET {api}/v1/sites/{siteId}/config?lang=` after defaults are filled in. */
export type SiteConfig = Omit<SiteConfigResponse, 'purposes' | 'features'> & {
  purposes: Purpose[];
  features: {
    /** Default true: send Google Consent Mode v2 updates. */
    consentModeV2: boolean;
    /** Default "bar": a bar at the bottom; "dialog" is a centred, still non-blocking box. */
    bannerVariant: 'bar' | 'dialog';
  };
};

type RawSiteConfig = Omit<SiteConfigResponse, 'features'> & { features?: Partial<SiteConfigResponse['features']> };

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
