import { readFileSync } from 'node:fs';
import { CookieJar, JSDOM, requestInterceptor, VirtualConsole } from 'jsdom';
import { afterEach } from 'vitest';
import { siteConfig } from '../fixtures';

// Loads the built, minified bundle into a fresh jsdom page the way a site embeds it, with the
// API replaced by a recording fetch. Blocked tags point at tags.test, whose scripts only note
// in window.ran that they executed.

const dist = new URL('../../dist/', import.meta.url);
const manifest: Record<string, { file: string; isEntry?: boolean }> = JSON.parse(
  readFileSync(new URL('.vite/manifest.json', dist), 'utf8'),
);
export const bundleFile = Object.values(manifest).find((entry) => entry.isEntry)!.file;
export const bundle = readFileSync(new URL(bundleFile, dist), 'utf8');

export const PAGE_URL = 'https://jobs.example.nl/vacatures';
export const EMBED = '<script src="https://api.test/widget/v1/consent.js" data-site-id="demo-jobboard" async></script>';
export const INLINE_EMBED = `<script data-site-id="demo-jobboard" data-api="https://inline-api.test">${bundle}</script>`;

/** The config as the API sends it: optional fields (features, cookies) may be missing. */
export function apiConfig(overrides: Record<string, unknown> = {}) {
  const sent: Record<string, unknown> = { ...siteConfig() };
  delete sent.features;
  return { ...sent, ...overrides };
}

export const BLOCKED_TAGS = `
  <script type="text/plain" data-consent="analytics" src="https://tags.test/analytics.js"></script>
  <script type="text/plain" data-consent="retargeting, ip_processing">(window.ran = window.ran || []).push('inline-retargeting')</script>
  <iframe data-consent="job_alert_marketing" data-src="https://tags.test/frame.html"></iframe>
  <img data-consent="analytics" data-consent-vendor="Google Analytics" data-src="https://tags.test/pixel.gif">`;

export interface PageOptions {
  config?: Record<string, unknown>;
  lang?: string;
  gpc?: boolean;
  body?: string;
  embed?: string;
  cookieJar?: CookieJar;
  localStorage?: Record<string, string>;
  /**
   * The status the consents endpoint answers with, or 'offline' for a network error. A list is
   * answered in turn, its last entry from then on.
   */
  consentStatus?: Status | Status[];
  /** Visitor tokens the API no longer accepts (as after a key rotation): config mints a new visitor for them. */
  refusedTokens?: string[];
  /** Whether the page has transient user activation (a click or key press of the visitor) when the widget asks. */
  userActivation?: boolean;
  /** Hold every config request until the test calls `releaseConfig()`; `ready` is not awaited. */
  configPending?: boolean;
}

type Status = number | 'offline';

export type Page = Awaited<ReturnType<typeof openPage>>;

const headerOf = (init: RequestInit, name: string) => (init.headers as Record<string, string> | undefined)?.[name] ?? null;

export async function waitFor<T>(probe: () => T, what = 'condition', timeoutMs = 3000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function openPage(options: PageOptions = {}) {
  const requests: { url: string; init: RequestInit }[] = [];
  const beacons: { url: string; body: string }[] = [];
  const errors: string[] = [];
  let statuses = ([] as Status[]).concat(options.consentStatus ?? 201);
  let config = options.config ?? apiConfig();
  let userActivation = options.userActivation ?? true;
  let releaseConfig = () => {};
  const held = options.configPending ? new Promise<void>((resolve) => (releaseConfig = resolve)) : null;

  // Like the API: a valid Visitor-Token names its visitor; without one (or a refused one) a new visitor is minted.
  const identify = (token: string | null) => {
    if (token && !options.refusedTokens?.includes(token)) return { visitorId: token.split('.')[0], visitorToken: token };
    const visitorId = `minted-${crypto.randomUUID().slice(0, 13)}`;
    return { visitorId, visitorToken: `${visitorId}.signature` };
  };

  const fetch = async (url: string, init: RequestInit = {}) => {
    requests.push({ url, init });
    if (url.includes('/config')) {
      await held;
      const answer = { ...structuredClone(config), ...identify(headerOf(init, 'Visitor-Token')) };
      return { ok: true, status: 200, json: async () => answer };
    }
    const status = statuses.length > 1 ? statuses.shift()! : statuses[0];
    if (status === 'offline') throw new TypeError('Failed to fetch');
    return { ok: status < 300, status, json: async () => ({}) };
  };

  const virtualConsole = new VirtualConsole();
  virtualConsole.on('error', (message) => errors.push(String(message)));
  virtualConsole.on('jsdomError', (error) => errors.push(error.message));
  const html = `<!doctype html><html lang="${options.lang ?? 'nl'}"><head></head><body>
    <main><h1>Vacatures</h1><a href="#" data-consent-open>Cookies</a></main>${options.body ?? ''}${options.embed ?? EMBED}</body></html>`;
  const dom = new JSDOM(html, {
    url: PAGE_URL,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    cookieJar: options.cookieJar ?? new CookieJar(),
    virtualConsole,
    resources: {
      interceptors: [
        requestInterceptor((request) => {
          const type = { headers: { 'Content-Type': 'application/javascript' } };
          if (request.url === 'https://api.test/widget/v1/consent.js') return new Response(bundle, type);
          if (request.url.endsWith('.js')) return new Response(`(window.ran = window.ran || []).push('${request.url}')`, type);
          // Nothing may leave the test: every other request gets an empty answer.
          return new Response('', { status: 404 });
        }),
      ],
    },
    beforeParse(window) {
      Object.assign(window, { fetch });
      // jsdom has no sendBeacon; the banner's impression report goes here, apart from the consent POSTs.
      Object.defineProperty(window.navigator, 'sendBeacon', { value: (url: string, body: string) => beacons.push({ url, body }) > 0 });
      if (options.gpc) Object.defineProperty(window.navigator, 'globalPrivacyControl', { value: true });
      // jsdom has no user activation; the test says whether the visitor is acting right now.
      Object.defineProperty(window.navigator, 'userActivation', { get: () => ({ isActive: userActivation }) });
      for (const [key, value] of Object.entries(options.localStorage ?? {})) window.localStorage.setItem(key, value);
    },
  });
  const window = dom.window as unknown as Window & typeof globalThis & { ran?: string[]; dataLayer: IArguments[] };
  const manager = await waitFor(() => window.ConsentManager, 'window.ConsentManager');
  if (!options.configPending) await manager.ready;

  const shadow = () => window.document.getElementById('consentmanager')?.shadowRoot ?? null;
  const posts = () => requests.filter(({ init }) => init.method === 'POST').map(({ init }) => JSON.parse(init.body as string));
  const configRequests = () => requests.filter(({ url }) => url.includes('/config'));
  return {
    dom,
    window,
    document: window.document,
    manager,
    requests,
    beacons,
    posts,
    errors,
    shadow,
    banner: () => shadow()?.querySelector<HTMLElement>('[role="region"]') ?? null,
    dialog: () => shadow()?.querySelector<HTMLElement>('[role="dialog"]') ?? null,
    button: (text: string) =>
      Array.from(shadow()?.querySelectorAll('button') ?? []).find((b) => b.textContent === text || b.getAttribute('aria-label') === text) ?? null,
    ran: () => window.ran ?? [],
    consentUpdates: () => window.dataLayer.filter((entry) => entry[1] === 'update').map((entry) => entry[2]),
    configRequests,
    /** The Visitor-Token header of each config request, null where none was sent. */
    tokensSent: () => configRequests().map(({ init }) => headerOf(init, 'Visitor-Token')),
    setConsentStatus: (...next: Status[]) => (statuses = next),
    setConfig: (next: Record<string, unknown>) => (config = next),
    setUserActivation: (active: boolean) => (userActivation = active),
    releaseConfig: () => releaseConfig(),
    /** Resolves once the page has painted a frame after now (the widget defers its beacon that long). */
    painted: () => new Promise((resolve) => window.requestAnimationFrame(() => window.setTimeout(resolve))),
    close: () => dom.window.close(),
  };
}

/** `openPage` for a test file whose tests open several pages: each test's pages close after it. */
export function pagesPerTest() {
  const pages: Page[] = [];
  afterEach(() => pages.splice(0).forEach((page) => page.close()));
  return async (options: PageOptions = {}) => {
    const page = await openPage(options);
    pages.push(page);
    return page;
  };
}
