import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_HASH } from '../fixtures';
import { apiConfig, BLOCKED_TAGS, bundle, INLINE_EMBED, openPage, waitFor, type Page } from './harness';

let page: Page;
afterEach(() => page?.close());

const RECEIPT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the built bundle on a first visit (opt-in)', () => {
  it('is one ASCII-only file, so it runs whatever charset the server declares', () => {
    expect(bundle).toMatch(/^[\x00-\x7f]+$/);
    expect(bundle).not.toMatch(/import\s*\(|\.css['"]/);
  });

  it('pushes the denied Consent Mode default synchronously, before the config arrives', async () => {
    page = await openPage({
      configPending: true,
      embed: `${INLINE_EMBED}<script>window.seenAtStart = dataLayer.map((entry) => Array.from(entry))</script>`,
    });
    const seen = (page.window as unknown as { seenAtStart: unknown[][] }).seenAtStart;
    expect(seen).toHaveLength(1);
    expect(seen[0].slice(0, 2)).toEqual(['consent', 'default']);
    expect(seen[0][2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted', wait_for_update: 500 });
    expect(Object.prototype.toString.call(page.window.dataLayer[0])).toBe('[object Arguments]');
    expect(page.requests[0].url).toBe('https://inline-api.test/v1/sites/demo-jobboard/config?lang=nl');
    expect(page.shadow()).toBeNull();
  });

  it('adds no globals besides ConsentManager, dataLayer and gtag', async () => {
    page = await openPage();
    const blank = new JSDOM('', { runScripts: 'outside-only', pretendToBeVisual: true }).window;
    const added = Object.keys(page.window).filter((name) => !(name in blank));
    expect(added.sort()).toEqual(['ConsentManager', 'dataLayer', 'fetch', 'gtag']);
    blank.close();
  });

  it('shows the banner and keeps every tag inert, with no cookie and no receipt', async () => {
    page = await openPage({ body: BLOCKED_TAGS });
    // A first visit has no token to send, and no visitor id ever goes into a URL.
    expect(page.requests[0].url).toBe('https://api.test/v1/sites/demo-jobboard/config?lang=nl');
    expect(page.tokensSent()).toEqual([null]);
    expect(page.banner()!.getAttribute('aria-label')).toBe('Cookie-toestemming');
    expect(page.banner()!.textContent).toContain('Demo Vacatures B.V.');
    expect(['Alles accepteren', 'Alles weigeren', 'Instellingen'].map((text) => page.button(text)?.tagName)).toEqual(['BUTTON', 'BUTTON', 'BUTTON']);
    expect(page.ran()).toEqual([]);
    expect(page.document.querySelector('iframe')!.hasAttribute('src')).toBe(false);
    expect(page.document.querySelector('img')!.hasAttribute('src')).toBe(false);
    expect(page.document.cookie).toBe('');
    expect(page.posts()).toEqual([]);
    expect(page.consentUpdates()).toEqual([]);
    expect(page.manager.get()).toBeNull();
    expect(page.manager.has('analytics')).toBe(false);
    expect(page.errors).toEqual([]);
  });

  it('accept all: runs the tags, stores the cookie, sends the receipt and updates Consent Mode', async () => {
    page = await openPage({ body: BLOCKED_TAGS });
    const events: unknown[] = [];
    const changes: unknown[] = [];
    page.document.addEventListener('consentmanager:change', (event) => events.push((event as CustomEvent).detail));
    page.manager.onChange((state) => changes.push(state));

    page.button('Alles accepteren')!.click();

    await waitFor(() => page.ran().length === 2, 'both blocked scripts to run');
    expect(page.ran()).toEqual(['https://tags.test/analytics.js', 'inline-retargeting']);
    expect(page.document.querySelector('iframe')!.getAttribute('src')).toBe('https://tags.test/frame.html');
    expect(page.document.querySelector('img')!.getAttribute('src')).toBe('https://tags.test/pixel.gif');

    const [body] = page.posts();
    expect(Object.keys(body).sort()).toEqual(
      ['action', 'choices', 'defaulted', 'language', 'purposeVersions', 'receiptId', 'source', 'textHash', 'userActivation', 'visitorToken'],
    );
    expect(body).toMatchObject({
      action: 'accept_all',
      choices: { analytics: true, retargeting: true, ip_processing: true, job_alert_marketing: true },
      purposeVersions: { analytics: 1, retargeting: 1, ip_processing: 1, job_alert_marketing: 1 },
      language: 'nl',
      textHash: TEXT_HASH,
      source: 'widget',
      userActivation: true,
      defaulted: [],
    });
    expect(body.receiptId).toMatch(RECEIPT_ID);
    const visitorId = page.manager.visitorId!;
    expect(body.visitorToken).toBe(`${visitorId}.signature`);
    expect(page.requests.every(({ init }) => init.credentials === 'omit')).toBe(true);
    expect(page.requests.at(-1)!.url).toBe('https://api.test/v1/sites/demo-jobboard/consents');

    expect(page.document.cookie).toMatch(/^cm_consent_demo-jobboard=[A-Za-z0-9_-]+$/);
    expect(page.consentUpdates()).toEqual([
      { analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' },
    ]);

    const state = page.manager.get()!;
    expect(state).toMatchObject({ receiptId: body.receiptId, visitorId, choices: body.choices });
    expect(Date.parse(state.expiresAt) - Date.parse(state.recordedAt)).toBe(182 * 86_400_000);
    expect(page.manager.has('retargeting')).toBe(true);
    expect(events).toEqual([state]);
    expect(changes).toEqual([state]);

    expect(page.banner()).toBeNull();
    expect(page.shadow()!.querySelector('[role="status"]')!.textContent).toBe('Je keuze is opgeslagen');
    expect(page.button('Cookie-instellingen')!.hidden).toBe(false);
  });

  it('reject all: one click, nothing runs, and the refusal is recorded', async () => {
    page = await openPage({ body: BLOCKED_TAGS });
    page.button('Alles weigeren')!.click();
    expect(page.posts()).toMatchObject([
      { action: 'reject_all', choices: { analytics: false, retargeting: false, ip_processing: false, job_alert_marketing: false } },
    ]);
    expect(page.consentUpdates()).toEqual([
      { analytics_storage: 'denied', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
    ]);
    expect(page.banner()).toBeNull();
    expect(page.manager.get()!.choices.analytics).toBe(false);
    expect(page.document.querySelector('iframe')!.hasAttribute('src')).toBe(false);
    expect(page.ran()).toEqual([]);
  });

  it('settings: closing with Escape grants nothing and keeps the banner; saving untouched records a refusal', async () => {
    page = await openPage({ body: BLOCKED_TAGS });
    page.button('Instellingen')!.click();
    const dialog = page.dialog()!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    dialog.dispatchEvent(new page.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(page.dialog()).toBeNull();
    expect(page.banner()).not.toBeNull();
    expect(page.posts()).toEqual([]);

    page.button('Instellingen')!.click();
    page.button('Keuze opslaan')!.click();
    expect(page.posts()).toMatchObject([{ action: 'reject_all' }]);
    expect(page.banner()).toBeNull();
  });

  it('a custom choice activates only what it covers, and an IP-sending vendor also needs ip_processing', async () => {
    page = await openPage({ body: BLOCKED_TAGS });
    page.button('Instellingen')!.click();
    page.dialog()!.querySelector<HTMLInputElement>('[name="analytics"]')!.click();
    page.button('Keuze opslaan')!.click();
    await waitFor(() => page.ran().length === 1, 'the analytics script');
    expect(page.posts()).toMatchObject([{ action: 'custom', choices: { analytics: true, ip_processing: false } }]);
    expect(page.ran()).toEqual(['https://tags.test/analytics.js']);
    expect(page.document.querySelector('img')!.hasAttribute('src')).toBe(false);
    expect(page.consentUpdates()).toEqual([
      { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
    ]);
  });

  it('handles blocked tags added after load', async () => {
    page = await openPage();
    await page.manager.acceptAll();
    await waitFor(() => page.posts().length === 1, 'the receipt');
    page.document.body.insertAdjacentHTML('beforeend', '<script type="text/plain" data-consent="analytics" src="https://tags.test/late.js"></script>');
    await waitFor(() => page.ran().includes('https://tags.test/late.js'), 'the late script');
  });

  it('speaks English on an English page', async () => {
    const texts = { bannerTitle: 'Cookies and privacy', intro: 'Demo uses cookies for:', introUpdate: '', introOptOut: '', acceptAll: 'Accept all', rejectAll: 'Reject all', settings: 'Settings' };
    page = await openPage({ lang: 'en-GB', config: apiConfig({ language: 'en', texts }) });
    expect(page.requests[0].url).toContain('?lang=en');
    expect(page.banner()!.getAttribute('aria-label')).toBe('Cookie consent');
    expect(['Accept all', 'Reject all', 'Settings'].every((text) => page.button(text))).toBe(true);
    page.button('Reject all')!.click();
    expect(page.posts()).toMatchObject([{ language: 'en', action: 'reject_all' }]);
    expect(page.button('Cookie settings')).not.toBeNull();
  });
});
