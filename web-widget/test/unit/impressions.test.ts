import { describe, expect, it, vi } from 'vitest';
import { reportImpression } from '../../src/core/impressions';

const url = 'https://api.test/v1/sites/demo-jobboard/impressions';

describe('impressions', () => {
  it('sends the variant as a text/plain beacon, which needs no preflight', () => {
    const sendBeacon = vi.fn(() => true);
    const fetchImpl = vi.fn();
    reportImpression({ navigator: { sendBeacon }, fetch: fetchImpl }, 'https://api.test', 'demo-jobboard', 'dialog');
    expect(sendBeacon).toHaveBeenCalledWith(url, '{"bannerVariant":"dialog"}');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it.each([
    ['refuses', vi.fn(() => false)],
    ['throws', vi.fn(() => { throw new TypeError('beacon refused'); })],
  ])('falls back to a keepalive fetch without credentials when the beacon %s', (_, sendBeacon) => {
    const fetchImpl = vi.fn(async () => new Response(null, { status: 204 }));
    reportImpression({ navigator: { sendBeacon }, fetch: fetchImpl }, 'https://api.test', 'demo-jobboard', 'bar');
    expect(fetchImpl).toHaveBeenCalledWith(url, {
      method: 'POST', body: '{"bannerVariant":"bar"}', keepalive: true, credentials: 'omit', mode: 'cors',
    });
  });

  it('swallows a failed fallback: a lost impression must not break the page', async () => {
    const fetchImpl = vi.fn(async () => { throw new TypeError('offline'); });
    expect(() => reportImpression({ navigator: { sendBeacon: () => false }, fetch: fetchImpl }, 'https://api.test', 'demo-jobboard', 'bar')).not.toThrow();
    await Promise.resolve();
    expect(fetchImpl).toHaveBeenCalledOnce();
  });
});
