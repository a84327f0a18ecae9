import { CookieJar } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { apiConfig, openPage, waitFor, type Page } from './harness';

const pages: Page[] = [];
afterEach(() => pages.splice(0).forEach((page) => page.close()));

async function visit(options: Parameters<typeof openPage>[0] = {}) {
  const page = await openPage(options);
  pages.push(page);
  return page;
}

describe('the built bundle reports banner displays', () => {
  it('sends one beacon with the variant when the banner is shown, and nothing that identifies the visitor', async () => {
    const page = await visit({ config: apiConfig({ features: { bannerVariant: 'dialog' } }) });
    await waitFor(() => page.beacons.length, 'the impression beacon');
    expect(page.beacons).toEqual([
      { url: 'https://api.test/v1/sites/demo-jobboard/impressions', body: '{"bannerVariant":"dialog"}' },
    ]);
  });

  it('sends none when a stored decision keeps the banner away', async () => {
    const cookieJar = new CookieJar();
    (await visit({ cookieJar })).button('Alles accepteren')!.click();
    const page = await visit({ cookieJar });
    await page.painted();
    expect(page.banner()).toBeNull();
    expect(page.beacons).toEqual([]);
  });

  it('sends the beacon only after the banner was painted, so /config is the one request before it', async () => {
    const page = await visit();
    expect(page.banner()).not.toBeNull();
    expect(page.beacons).toEqual([]);
    expect(page.requests.map(({ url }) => url)).toEqual(['https://api.test/v1/sites/demo-jobboard/config?lang=nl']);
    await page.painted();
    expect(page.beacons).toHaveLength(1);
  });
});
