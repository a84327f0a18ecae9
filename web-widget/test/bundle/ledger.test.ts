import { CookieJar } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { recruitmentPurposes } from '../fixtures';
import { apiConfig, pagesPerTest, PAGE_URL, waitFor, type Page, type PageOptions } from './harness';

// Visitor tokens, user activation and refusals that must land, through the built bundle.

const QUEUE_KEY = 'cm_queue_demo-jobboard';
const open = pagesPerTest();

async function visit(options: PageOptions) {
  const page = await open(options);
  page.window.console.warn = () => undefined;
  return page;
}

const queued = (page: Page) => JSON.parse(page.window.localStorage.getItem(QUEUE_KEY) ?? '[]');

describe('the page API without the visitor acting', () => {
  it('acceptAll() called silently records nothing and rejects naming why; refusing still works', async () => {
    const page = await visit({ userActivation: false });
    await expect(page.manager.acceptAll()).rejects.toThrow(/user gesture/);
    expect(page.posts()).toEqual([]);
    expect(page.manager.get()).toBeNull();

    await page.manager.rejectAll();
    await page.manager.withdraw();
    expect(page.posts()).toMatchObject([
      { action: 'reject_all', userActivation: false },
      { action: 'withdraw', userActivation: false },
    ]);
  });

  it("a script clicking the banner's accept button grants nothing", async () => {
    const page = await visit({ userActivation: false });
    page.button('Alles accepteren')!.click();
    expect(page.posts()).toEqual([]);
    expect(page.banner()).not.toBeNull();
  });
});

describe('visitor tokens', () => {
  it('under opt-out keeps the minted token before any decision, so the next page is the same visitor', async () => {
    const cookieJar = new CookieJar();
    const config = apiConfig({ regime: 'opt-out' });
    const first = await visit({ cookieJar, config });
    const next = await visit({ cookieJar, config });
    expect(next.tokensSent()).toEqual([`${first.manager.visitorId}.signature`]);
    expect(next.manager.visitorId).toBe(first.manager.visitorId);
  });

  it('under opt-in writes nothing before a decision: every page is a new, unknown visitor', async () => {
    const cookieJar = new CookieJar();
    await visit({ cookieJar });
    const next = await visit({ cookieJar });
    expect(next.tokensSent()).toEqual([null]);
    expect(next.document.cookie).toBe('');
  });

  it('a refused token (403): drops it, loads config as a new visitor, and resends the receipt rebuilt for that visitor', async () => {
    const cookieJar = new CookieJar();
    const first = await visit({ cookieJar });
    first.button('Alles weigeren')!.click();
    const oldToken = first.posts()[0].visitorToken;

    const page = await visit({ cookieJar, consentStatus: [403, 201] });
    await page.manager.withdraw();
    await waitFor(() => page.posts().length === 2, 'the rebuilt receipt');
    const [refused, resent] = page.posts();
    expect(refused.visitorToken).toBe(oldToken);
    expect(page.tokensSent()).toEqual([oldToken, null]);
    expect(resent).toMatchObject({ action: 'withdraw', visitorToken: `${page.manager.visitorId}.signature` });
    expect(resent.receiptId).not.toBe(refused.receiptId);
    expect(page.manager.get()).toMatchObject({ receiptId: resent.receiptId, visitorId: page.manager.visitorId });
    expect(cookieJar.getCookieStringSync(PAGE_URL)).toContain('cm_consent_demo-jobboard=');
    expect(queued(page)).toEqual([]);
  });

  it('a decision stored under a token the API no longer accepts is recorded again for the new visitor', async () => {
    const cookieJar = new CookieJar();
    const first = await visit({ cookieJar });
    first.button('Alles weigeren')!.click();
    const oldToken = first.posts()[0].visitorToken;

    const page = await visit({ cookieJar, refusedTokens: [oldToken] });
    await waitFor(() => page.posts().length === 1, 'the decision recorded again');
    expect(page.posts()[0]).toMatchObject({ action: 'reject_all', visitorToken: `${page.manager.visitorId}.signature`, userActivation: false });
    expect(page.manager.visitorId).not.toBe(first.manager.visitorId);
    expect(page.banner()).toBeNull();
  });
});

describe('a refusal always lands', () => {
  it('a withdrawal the API refuses (400, the purposes changed) is rebuilt from fresh config and resent', async () => {
    const page = await visit({ consentStatus: [201, 400, 201] });
    await page.manager.acceptAll();
    // Meanwhile the site added a purpose.
    const added = { ...recruitmentPurposes()[0], id: 'chat', role: 'functional', title: 'Chat' };
    page.setConfig(apiConfig({ purposes: [...recruitmentPurposes(), added] }));
    await page.manager.withdraw();
    await waitFor(() => page.posts().length === 3 && queued(page).length === 0, 'the rebuilt withdrawal');
    const [, refused, resent] = page.posts();
    expect(refused.action).toBe('withdraw');
    expect(resent).toMatchObject({
      action: 'withdraw',
      choices: { analytics: false, retargeting: false, ip_processing: false, job_alert_marketing: false, chat: false },
      purposeVersions: { chat: 1 },
    });
    expect(page.manager.get()!.receiptId).toBe(resent.receiptId);
  });
});
