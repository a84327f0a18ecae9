import { afterEach, describe, expect, it } from 'vitest';
import { createConfigCache, published, UNNAMED } from '../../src/core/config-cache';
import { createStorage } from '../../src/core/storage';
import { siteConfig, VISITOR_ID, VISITOR_TOKEN } from '../fixtures';

const HOUR_MS = 3_600_000;
const storage = createStorage(document, () => localStorage);
const START = Date.parse('2026-11-21T12:00:00Z');
let clock = START;
// A stored entry of the current format whose config has `changes`.
const entry = (changes: Record<string, unknown>) =>
  JSON.stringify({ storedAt: START, language: 'nl', config: { ...siteConfig(), ...changes } });
const cacheFor = (site = 'demo-jobboard', language: 'nl' | 'en' = 'nl') => createConfigCache(storage, site, language, () => clock);

afterEach(() => {
  localStorage.clear();
  clock = START;
});

describe('the config cache', () => {
  it('gives back the config it kept, with no visitor, token, country or GPC signal', () => {
    const config = siteConfig({ country: 'NL', gpc: true });
    cacheFor().write(config);
    const stored = localStorage.getItem('cm_config_demo-jobboard')!;
    for (const secret of [VISITOR_ID, VISITOR_TOKEN, '"country"', '"gpc"']) expect(stored).not.toContain(secret);
    const read = cacheFor().read()!;
    expect(read.visitorId).toBe(UNNAMED);
    expect(published(read)).toBe(published(config));
  });

  it('tells a changed config from the same one with another visitor', () => {
    const config = siteConfig();
    expect(published(siteConfig({ visitorId: 'other', visitorToken: 'other.mac', country: 'BE' }))).toBe(published(config));
    expect(published(siteConfig({ textHash: `sha256:${'cd'.repeat(32)}` }))).not.toBe(published(config));
    expect(published(siteConfig({ regime: 'opt-out' }))).not.toBe(published(config));
    expect(published(siteConfig({ features: { consentModeV2: true, bannerVariant: 'dialog' } }))).not.toBe(published(config));
  });

  it('ignores a copy a day old or more, and one stored in the future', () => {
    cacheFor().write(siteConfig());
    clock += 24 * HOUR_MS - 1;
    expect(cacheFor().read()).not.toBeNull();
    clock += 1;
    expect(cacheFor().read()).toBeNull();
    clock -= 25 * HOUR_MS;
    expect(cacheFor().read()).toBeNull();
  });

  it.each([
    ['not JSON', '{"storedAt":1'],
    ['null', 'null'],
    ['without purposes', entry({ purposes: undefined })],
    ['with a purpose lacking its version', entry({ purposes: [{ id: 'a' }] })],
    ['without banner texts', entry({ texts: null })],
  ])('ignores a copy that is %s', (_, stored) => {
    localStorage.setItem('cm_config_demo-jobboard', stored);
    expect(cacheFor().read()).toBeNull();
  });

  it('keeps a copy per site and answers only for the language it was asked in', () => {
    cacheFor('site-a').write(siteConfig({ siteId: 'site-a' }));
    expect(cacheFor('site-b').read()).toBeNull();
    expect(cacheFor('site-a', 'en').read()).toBeNull();
    expect(cacheFor('site-a').read()!.siteId).toBe('site-a');
  });

  it('forgets the copy on clear', () => {
    cacheFor().write(siteConfig());
    cacheFor().clear();
    expect(cacheFor().read()).toBeNull();
  });
});
