import { CookieJar } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { apiConfig, BLOCKED_TAGS, pagesPerTest, waitFor } from './harness';

const QUEUE_KEY = 'cm_queue_demo-jobboard';
const visit = pagesPerTest();

describe('regimes, GPC and Consent Mode in the built bundle', () => {
  it('opt-out: tags run until the visitor objects; "Weigeren" records the objection', async () => {
    const page = await visit({ config: apiConfig({ regime: 'opt-out' }), body: BLOCKED_TAGS });
    await waitFor(() => page.ran().length === 2, 'the tags allowed by default');
    expect(page.manager.has('analytics')).toBe(true);
    expect(page.manager.get()).toBeNull();
    expect(page.consentUpdates()).toMatchObject([{ analytics_storage: 'granted', ad_storage: 'granted' }]);
    expect(page.button('Alles accepteren')).toBeNull();

    page.button('Weigeren')!.click();
    expect(page.posts()).toMatchObject([{ action: 'reject_all', choices: { analytics: false, retargeting: false } }]);
    expect(page.consentUpdates().at(-1)).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
    page.document.body.insertAdjacentHTML('beforeend', '<iframe data-consent="analytics" data-src="https://tags.test/late.html"></iframe>');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.document.querySelector('iframe[data-src$="late.html"]')!.hasAttribute('src')).toBe(false);
  });

  it('notice: everything applies, the notice closes and stays closed without a receipt', async () => {
    const config = apiConfig({ regime: 'notice' });
    const page = await visit({ config, body: BLOCKED_TAGS });
    await waitFor(() => page.ran().length === 2, 'the tags');
    page.button('Sluiten')!.click();
    expect(page.banner()).toBeNull();
    expect(page.posts()).toEqual([]);
    const stored = Object.fromEntries(Object.entries(page.window.localStorage));
    const next = await visit({ config, localStorage: stored });
    expect(next.banner()).toBeNull();
  });

  it('GPC forces retargeting off even on accept all, and the dialog explains why', async () => {
    const page = await visit({ gpc: true, body: BLOCKED_TAGS });
    expect(Array.from(page.banner()!.querySelectorAll('li strong'), (item) => item.textContent)).not.toContain('Retargeting');
    page.button('Alles accepteren')!.click();
    expect(page.posts()).toMatchObject([{ action: 'accept_all', choices: { analytics: true, retargeting: false, ip_processing: true } }]);
    expect(page.consentUpdates()).toEqual([
      { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
    ]);
    await waitFor(() => page.ran().length === 1, 'the analytics script');
    expect(page.ran()).not.toContain('inline-retargeting');
    page.manager.open();
    await page.manager.ready;
    const toggle = page.dialog()!.querySelector<HTMLInputElement>('[name="retargeting"]')!;
    expect(toggle.disabled).toBe(true);
    expect(toggle.checked).toBe(false);
    expect(page.dialog()!.textContent).toContain('Uitgeschakeld door je Global Privacy Control-instelling');
  });

  it('sends no Consent Mode update when the site turned it off, but keeps the default', async () => {
    const page = await visit({ config: apiConfig({ features: { consentModeV2: false, bannerVariant: 'dialog' } }) });
    expect(page.banner()!.className).toContain('is-dialog');
    expect(page.shadow()!.querySelector('.backdrop')).toBeNull();
    page.button('Alles accepteren')!.click();
    expect(page.window.dataLayer).toHaveLength(1);
    expect(page.consentUpdates()).toEqual([]);
  });

  it('the JS API decides too, and an unsubscribed listener hears nothing more', async () => {
    const page = await visit({});
    const heard: unknown[] = [];
    const unsubscribe = page.manager.onChange((state) => heard.push(state));
    await page.manager.acceptAll();
    unsubscribe();
    await page.manager.rejectAll();
    expect(page.posts().map((body) => body.action)).toEqual(['accept_all', 'reject_all']);
    expect(heard).toHaveLength(1);
    expect(Object.isFrozen(page.manager)).toBe(true);
  });
});

describe('receipt delivery from the built bundle', () => {
  it('applies the choice offline at once, queues it, and resends the same receipt when back online', async () => {
    const page = await visit({ consentStatus: 'offline', body: BLOCKED_TAGS });
    page.button('Alles accepteren')!.click();
    await waitFor(() => page.ran().length === 2, 'the tags, offline');
    const [attempt] = page.posts();
    const queued = () => JSON.parse(page.window.localStorage.getItem(QUEUE_KEY) ?? '[]');
    await waitFor(() => queued().length === 1, 'the queued receipt');
    // The token stays in the cookie; the queue holds the receipt without it.
    const { visitorToken, ...receipt } = attempt;
    expect(queued()[0].body).toEqual(receipt);
    expect(JSON.stringify(queued())).not.toContain(visitorToken);

    page.setConsentStatus(201);
    page.window.dispatchEvent(new page.window.Event('online'));
    await waitFor(() => queued().length === 0, 'the queue to empty');
    expect(new Set(page.posts().map((body) => body.receiptId))).toEqual(new Set([attempt.receiptId]));
  });

  it('resends a receipt left queued by an earlier page on the next page load, after config named the visitor', async () => {
    const cookieJar = new CookieJar();
    const offline = await visit({ consentStatus: 'offline', cookieJar });
    offline.button('Alles weigeren')!.click();
    const queued = await waitFor(() => offline.window.localStorage.getItem(QUEUE_KEY), 'a queued receipt');
    const left = { [QUEUE_KEY]: queued };

    const next = await visit({ localStorage: left, cookieJar });
    await waitFor(() => next.posts().length === 1, 'the resend');
    expect(next.posts()[0]).toEqual(offline.posts()[0]);
    expect(next.requests[0].url).toContain('/config');
  });

  it('makes a refused grant again once from fresh config, then gives up on it instead of retrying forever', async () => {
    const page = await visit({ consentStatus: 409 });
    page.window.console.warn = () => undefined;
    page.button('Alles accepteren')!.click();
    await waitFor(() => page.window.localStorage.getItem(QUEUE_KEY) === null && page.posts().length === 2, 'the drop');
    const [first, second] = page.posts();
    expect(second.receiptId).not.toBe(first.receiptId);
    expect(page.configRequests()).toHaveLength(2);
    page.window.dispatchEvent(new page.window.Event('online'));
    expect(page.posts()).toHaveLength(2);
  });
});
