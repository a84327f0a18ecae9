import { CookieJar } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { recruitmentPurposes } from '../fixtures';
import { apiConfig, BLOCKED_TAGS, pagesPerTest, PAGE_URL, waitFor } from './harness';

const visit = pagesPerTest();

/** A first page on which the visitor accepts all; returns the jar holding the consent cookie. */
async function acceptedEarlier() {
  const cookieJar = new CookieJar();
  const first = await visit({ cookieJar });
  first.button('Alles accepteren')!.click();
  return { cookieJar, first };
}

describe('the built bundle on later visits', () => {
  it('remembers a decision: no banner, tags run at once, Consent Mode updated on load', async () => {
    const { cookieJar, first } = await acceptedEarlier();
    const page = await visit({ cookieJar, body: BLOCKED_TAGS });
    expect(page.banner()).toBeNull();
    await waitFor(() => page.ran().length === 2, 'the blocked scripts');
    expect(page.consentUpdates()).toEqual([
      { analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' },
    ]);
    expect(page.manager.get()!.receiptId).toBe(first.posts()[0].receiptId);
    expect(page.posts()).toEqual([]);
    // The same visitor: the token from the cookie went along as a header.
    expect(page.tokensSent()).toEqual([first.posts()[0].visitorToken]);
    expect(page.manager.visitorId).toBe(first.manager.visitorId);
  });

  it('remembers a refusal just as long', async () => {
    const cookieJar = new CookieJar();
    (await visit({ cookieJar })).button('Alles weigeren')!.click();
    const page = await visit({ cookieJar, body: BLOCKED_TAGS });
    expect(page.banner()).toBeNull();
    expect(page.ran()).toEqual([]);
    expect(page.manager.has('analytics')).toBe(false);
    expect(page.consentUpdates()).toEqual([
      { analytics_storage: 'denied', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
    ]);
  });

  it('asks again once the consent has expired', async () => {
    const record = {
      visitorId: 'AAAAAAAAAAAAAAAAAAAAAA',
      receiptId: '00000000-0000-4000-8000-000000000000',
      choices: { analytics: true, retargeting: true, ip_processing: true, job_alert_marketing: true },
      purposeVersions: { analytics: 1, retargeting: 1, ip_processing: 1, job_alert_marketing: 1 },
      recordedAt: '2020-01-01T00:00:00.000Z',
      expiresAt: '2020-07-01T00:00:00.000Z',
      action: 'accept_all',
    };
    const cookieJar = new CookieJar();
    cookieJar.setCookieSync(`cm_consent_demo-jobboard=${Buffer.from(JSON.stringify(record)).toString('base64url')}; path=/`, PAGE_URL);
    const page = await visit({ cookieJar, body: BLOCKED_TAGS });
    expect(page.banner()).not.toBeNull();
    expect(page.manager.get()).toBeNull();
    expect(page.ran()).toEqual([]);
    page.button('Alles weigeren')!.click();
    // Without a token the old id cannot be acted for: the API named a new visitor.
    expect(page.posts()[0].visitorToken).toBe(`${page.manager.visitorId}.signature`);
    expect(page.manager.visitorId).not.toBe(record.visitorId);
  });

  it('asks only about a purpose whose version went up, keeping the other choices', async () => {
    const { cookieJar } = await acceptedEarlier();
    const config = apiConfig({ purposes: recruitmentPurposes({ analytics: 2 }) });
    const page = await visit({ cookieJar, config, body: BLOCKED_TAGS });
    expect(Array.from(page.banner()!.querySelectorAll('li strong'), (item) => item.textContent)).toEqual(['Statistieken']);
    await waitFor(() => page.ran().includes('inline-retargeting'), 'the unchanged retargeting tag');
    expect(page.ran()).not.toContain('https://tags.test/analytics.js');
    expect(page.consentUpdates()).toMatchObject([{ analytics_storage: 'denied', ad_storage: 'granted' }]);

    page.button('Alles weigeren')!.click();
    expect(page.posts()).toMatchObject([
      {
        action: 'custom',
        choices: { analytics: false, retargeting: true, ip_processing: true, job_alert_marketing: true },
        purposeVersions: { analytics: 2, retargeting: 1, ip_processing: 1, job_alert_marketing: 1 },
      },
    ]);
    expect(page.banner()).toBeNull();
  });

  it('withdrawal from the floating button: stops new tags, removes declared cookies, records it', async () => {
    const { cookieJar } = await acceptedEarlier();
    for (const cookie of ['_ga=GA1', '_ga_ABC123=GS1', '_fbp=fb', 'session=keep']) cookieJar.setCookieSync(`${cookie}; path=/`, PAGE_URL);
    cookieJar.setCookieSync('_ga=GA1-domain; path=/; domain=example.nl', PAGE_URL);
    const page = await visit({ cookieJar, body: BLOCKED_TAGS });
    const events: unknown[] = [];
    page.document.addEventListener('consentmanager:change', (event) => events.push((event as CustomEvent).detail));

    const floating = page.button('Cookie-instellingen')!;
    floating.click();
    const dialog = page.dialog()!;
    expect(dialog.querySelector<HTMLInputElement>('[name="analytics"]')!.checked).toBe(true);
    page.button('Toestemming intrekken')!.click();

    expect(page.posts()).toMatchObject([
      { action: 'withdraw', choices: { analytics: false, retargeting: false, ip_processing: false, job_alert_marketing: false } },
    ]);
    expect(page.document.cookie.split('; ').map((cookie) => cookie.split('=')[0]).sort()).toEqual(['cm_consent_demo-jobboard', 'session']);
    expect(page.consentUpdates().at(-1)).toEqual({
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
    expect(page.manager.has('analytics')).toBe(false);
    expect(events).toHaveLength(1);
    expect(page.shadow()!.activeElement).toBe(floating);

    page.document.body.insertAdjacentHTML('beforeend', '<script type="text/plain" data-consent="analytics">window.lateRan = true</script>');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((page.window as unknown as { lateRan?: boolean }).lateRan).toBeUndefined();
  });

  it('opens on the current state from any data-consent-open element', async () => {
    const { cookieJar } = await acceptedEarlier();
    const page = await visit({ cookieJar });
    page.document.querySelector<HTMLElement>('[data-consent-open]')!.click();
    const switches = Array.from(page.dialog()!.querySelectorAll<HTMLInputElement>('[role="switch"]'));
    expect(switches.map((toggle) => toggle.checked)).toEqual([true, true, true, true]);
  });
});
