import { CookieJar } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { BANNER_TEXTS, recruitmentPurposes, TEXT_HASH } from '../fixtures';
import { apiConfig, BLOCKED_TAGS, pagesPerTest, waitFor } from './harness';

const visit = pagesPerTest();
const CACHE_KEY = 'cm_config_demo-jobboard';
const HOUR_MS = 3_600_000;

/** A stored /config answer as the widget keeps it, `ageMs` old. */
function cached(config: Record<string, unknown> = apiConfig(), ageMs = HOUR_MS) {
  const { visitorId: _id, visitorToken: _token, country: _country, gpc: _gpc, ...published } = config;
  const features = { consentModeV2: true, bannerVariant: 'bar' };
  return JSON.stringify({ storedAt: Date.now() - ageMs, language: 'nl', config: { features, ...published } });
}

/** The site after a change: analytics asked again, with a new banner title (so a new text hash). */
const changed = apiConfig({
  purposes: recruitmentPurposes({ analytics: 2 }),
  texts: { ...BANNER_TEXTS, bannerTitle: 'Nieuwe cookies' },
  textHash: `sha256:${'cd'.repeat(32)}`,
});

const titles = (banner: HTMLElement) => Array.from(banner.querySelectorAll('li strong'), (item) => item.textContent);

describe('the built bundle with a cached config', () => {
  it('draws a returning visitor’s banner before /config answers, keeping the visitor out of the cache', async () => {
    const first = await visit();
    const stored = first.window.localStorage.getItem(CACHE_KEY)!;
    expect(stored).not.toContain(first.manager.visitorId!);
    expect(stored).not.toContain('visitorToken');

    const page = await visit({ localStorage: { [CACHE_KEY]: stored }, configPending: true, body: BLOCKED_TAGS });
    const banner = page.banner()!;
    expect(banner.querySelector('h2')!.textContent).toBe(BANNER_TEXTS.bannerTitle);
    expect(page.configRequests()).toHaveLength(1);
    page.releaseConfig();
    await page.manager.ready;
    // The same answer again: nothing is drawn twice.
    expect(page.banner()).toBe(banner);
  });

  it('applies a grant made on the cached banner only once the API answered, with the text hash shown', async () => {
    const page = await visit({ localStorage: { [CACHE_KEY]: cached() }, configPending: true, body: BLOCKED_TAGS });
    page.button('Alles accepteren')!.click();
    expect(page.manager.has('analytics')).toBe(false);
    expect(page.ran()).toEqual([]);
    expect(page.consentUpdates()).toEqual([]);
    expect(page.posts()).toEqual([]);

    page.releaseConfig();
    await page.manager.ready;
    await waitFor(() => page.posts().length, 'the receipt');
    expect(page.posts()).toMatchObject([{ action: 'accept_all', textHash: TEXT_HASH, visitorToken: `${page.manager.visitorId}.signature` }]);
    await waitFor(() => page.ran().length === 2, 'the granted tags');
    expect(page.manager.get()!.visitorId).toBe(page.manager.visitorId);
    expect(page.banner()).toBeNull();
  });

  it('runs no tag on a cached opt-out regime, and asks for consent when the API says opt-in', async () => {
    const stored = cached(apiConfig({ regime: 'opt-out' }));
    const page = await visit({ localStorage: { [CACHE_KEY]: stored }, configPending: true, body: BLOCKED_TAGS });
    expect(page.banner()!.querySelector('p')!.textContent).toBe(BANNER_TEXTS.introOptOut);
    page.releaseConfig();
    await page.manager.ready;
    await page.painted();
    expect(page.ran()).toEqual([]);
    expect(page.consentUpdates()).toEqual([]);
    expect(page.button('Alles accepteren')).not.toBeNull();
  });

  it('replaces a changed config before anything is decided on it, and asks again for the changed purpose', async () => {
    const page = await visit({ localStorage: { [CACHE_KEY]: cached() }, configPending: true });
    page.button('Alles weigeren')!.click();
    page.setConfig(changed);
    page.releaseConfig();
    await page.manager.ready;

    // The refusal names the text and versions the visitor saw; consent to analytics v1 does not count for v2.
    await waitFor(() => page.posts().length, 'the receipt');
    expect(page.posts()).toMatchObject([{ action: 'reject_all', textHash: TEXT_HASH, purposeVersions: { analytics: 1 } }]);
    expect(page.banner()!.querySelector('h2')!.textContent).toBe('Nieuwe cookies');
    expect(titles(page.banner()!)).toEqual(['Statistieken']);
    page.button('Alles weigeren')!.click();
    await waitFor(() => page.posts().length === 2, 'the second receipt');
    expect(page.posts()[1]).toMatchObject({ textHash: changed.textHash, purposeVersions: { analytics: 2 } });
  });

  it('swaps the undecided banner for the changed one, and caches the new answer', async () => {
    const page = await visit({ localStorage: { [CACHE_KEY]: cached() }, configPending: true });
    page.setConfig(changed);
    page.releaseConfig();
    await page.manager.ready;
    expect(page.banner()!.querySelector('h2')!.textContent).toBe('Nieuwe cookies');
    expect(titles(page.banner()!)).toHaveLength(4);
    expect(JSON.parse(page.window.localStorage.getItem(CACHE_KEY)!).config.textHash).toBe(changed.textHash);
    page.button('Alles weigeren')!.click();
    await waitFor(() => page.posts().length, 'the receipt');
    expect(page.posts()[0].textHash).toBe(changed.textHash);
  });

  it('names a decision from a cached banner whose page closed before the answer, without a second receipt', async () => {
    const cookieJar = new CookieJar();
    const first = await visit({ cookieJar, localStorage: { [CACHE_KEY]: cached() }, configPending: true });
    first.button('Alles accepteren')!.click();
    const receiptId = first.manager.get()!.receiptId;
    const stored = { ...first.window.localStorage };
    first.close();

    const page = await visit({ cookieJar, localStorage: stored });
    await waitFor(() => page.posts().length, 'the queued receipt');
    expect(page.posts()).toMatchObject([{ receiptId, textHash: TEXT_HASH, visitorToken: `${page.manager.visitorId}.signature` }]);
    expect(page.manager.get()).toMatchObject({ receiptId, visitorId: page.manager.visitorId });
    expect(page.banner()).toBeNull();
  });

  it.each([
    ['older than a day', cached(apiConfig(), 25 * HOUR_MS)],
    ['not JSON', '{"storedAt":'],
    ['of another shape', JSON.stringify({ storedAt: Date.now(), language: 'nl', config: { purposes: 'none' } })],
    ['in another language', cached().replace('"language":"nl"', '"language":"en"')],
  ])('waits for /config when the cached copy is %s', async (_, stored) => {
    const page = await visit({ localStorage: { [CACHE_KEY]: stored }, configPending: true });
    expect(page.shadow()).toBeNull();
    page.releaseConfig();
    await page.manager.ready;
    expect(page.banner()).not.toBeNull();
  });

  it('keeps each site’s copy apart', async () => {
    const page = await visit({ localStorage: { 'cm_config_other-site': cached() }, configPending: true });
    expect(page.shadow()).toBeNull();
  });
});
