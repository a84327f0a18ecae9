import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../src/core/api-client';
import type { Receipt } from '../../src/core/receipts';
import { TEXT_HASH, VISITOR_TOKEN } from '../fixtures';

const receipt: Receipt = {
  receiptId: '0b0e8e0c-7d5e-4f5a-9a3b-2c1d0e9f8a7b',
  action: 'custom',
  choices: { analytics: true, retargeting: false },
  purposeVersions: { analytics: 2, retargeting: 1 },
  language: 'en',
  textHash: TEXT_HASH,
  source: 'widget',
  userActivation: true,
  defaulted: [],
};

function respond(status: number, json: unknown = {}) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => ({ ok: status >= 200 && status < 300, status, json: async () => json }) as Response);
}

describe('config', () => {
  it('asks for the config in the visitor language with the token in a header, without credentials, and fills in defaults', async () => {
    const fetchImpl = respond(200, {
      siteId: 'demo-jobboard',
      language: 'en',
      controller: { name: 'Demo', privacyPolicyUrl: 'https://x.nl/p' },
      consentLifetimeDays: 182,
      purposes: [{ id: 'analytics', role: 'analytics', version: 1, title: 'A', description: 'B', vendors: [{ name: 'GA', cookieLifetimeDays: 1, sendsIp: true }] }],
      regime: 'opt-in',
      country: null,
      gpc: false,
    });
    const config = await createApiClient('https://api.test', 'demo-jobboard', fetchImpl).loadConfig('en', VISITOR_TOKEN);
    expect(fetchImpl).toHaveBeenCalledWith('https://api.test/v1/sites/demo-jobboard/config?lang=en', {
      credentials: 'omit',
      headers: { 'Visitor-Token': VISITOR_TOKEN },
    });
    expect(config.features).toEqual({ consentModeV2: true, bannerVariant: 'bar' });
    expect(config.purposes[0].vendors[0].cookies).toEqual([]);
  });

  it('sends no token header for a visitor without one, and never an id in the URL', async () => {
    const fetchImpl = respond(200, { purposes: [] });
    await createApiClient('https://api.test', 'demo-jobboard', fetchImpl).loadConfig('nl', null);
    expect(fetchImpl).toHaveBeenCalledWith('https://api.test/v1/sites/demo-jobboard/config?lang=nl', { credentials: 'omit', headers: {} });
  });

  it('keeps explicit features', async () => {
    const fetchImpl = respond(200, { purposes: [], features: { consentModeV2: false, bannerVariant: 'dialog' } });
    const config = await createApiClient('', 'demo-jobboard', fetchImpl).loadConfig('nl', null);
    expect(config.features).toEqual({ consentModeV2: false, bannerVariant: 'dialog' });
  });

  it('fails with the site and status in the message', async () => {
    await expect(createApiClient('', 'demo-jobboard', respond(404)).loadConfig('nl', null)).rejects.toThrow(/demo-jobboard.*404/);
  });
});

describe('receipts', () => {
  it('posts exactly the contract fields as JSON with the visitor token, without credentials', async () => {
    const fetchImpl = respond(201);
    await createApiClient('https://api.test', 'demo-jobboard', fetchImpl).sendConsent({ ...receipt, visitorId: 'old' } as Receipt, VISITOR_TOKEN);
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://api.test/v1/sites/demo-jobboard/consents');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' } });
    expect(JSON.parse(init.body as string)).toEqual({ ...receipt, visitorToken: VISITOR_TOKEN });
  });

  it.each([
    [201, 'stored'],
    [200, 'stored'],
    [400, 'rebuild'],
    [404, 'rebuild'],
    [409, 'rebuild'],
    [401, 'new-visitor'],
    [403, 'new-visitor'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
  ] as const)('treats status %i as %s', async (status, expected) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await createApiClient('', 's', respond(status)).sendConsent(receipt, VISITOR_TOKEN)).toBe(expected);
  });

  it('retries after a network error', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await createApiClient('', 's', fetchImpl).sendConsent(receipt, VISITOR_TOKEN)).toBe('retry');
  });
});
