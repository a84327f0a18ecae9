import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/constants';
import { decodeCookie, encodeCookie } from '../../src/core/consent-cookie';
import { createConsentState, toPublicState, type ConsentRecord, type ConsentStateOptions } from '../../src/core/consent-state';
import { recruitmentPurposes, siteConfig, VISITOR_ID, VISITOR_TOKEN } from '../fixtures';

const NOW = Date.parse('2026-03-01T12:00:00Z');

function stateWith(options: Partial<ConsentStateOptions> = {}) {
  let ids = 0;
  return createConsentState({
    config: siteConfig(),
    record: null,
    gpc: false,
    now: () => NOW,
    newId: () => `receipt-${++ids}`,
    ...options,
  });
}

function storedRecord(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    visitorId: VISITOR_ID,
    receiptId: 'old-receipt',
    choices: { analytics: true, retargeting: false, ip_processing: true, job_alert_marketing: false },
    purposeVersions: { analytics: 1, retargeting: 1, ip_processing: 1, job_alert_marketing: 1 },
    recordedAt: new Date(NOW - DAY_MS).toISOString(),
    expiresAt: new Date(NOW + 100 * DAY_MS).toISOString(),
    action: 'custom',
    ...overrides,
  };
}

describe('opt-in without a decision', () => {
  it('asks with the full banner and grants nothing', () => {
    const state = stateWith();
    expect(state.prompt()?.kind).toBe('consent');
    expect(state.prompt()?.purposes.map((p) => p.id)).toEqual(['analytics', 'retargeting', 'ip_processing', 'job_alert_marketing']);
    expect(Object.values(state.effective())).toEqual([false, false, false, false]);
    expect(state.allows(['analytics'], null)).toBe(false);
  });

  it('records accept all for every purpose with its version and the lifetime', () => {
    const state = stateWith({ config: siteConfig({ purposes: recruitmentPurposes({ analytics: 3 }) }) });
    const record = state.decide(state.all(true));
    expect(record).toEqual({
      visitorId: VISITOR_ID,
      receiptId: 'receipt-1',
      choices: { analytics: true, retargeting: true, ip_processing: true, job_alert_marketing: true },
      purposeVersions: { analytics: 3, retargeting: 1, ip_processing: 1, job_alert_marketing: 1 },
      recordedAt: '2026-03-01T12:00:00.000Z',
      expiresAt: new Date(NOW + 182 * DAY_MS).toISOString(),
      action: 'accept_all',
      defaulted: [],
    });
    expect(state.prompt()).toBeNull();
    expect(state.allows(['analytics', 'retargeting'], null)).toBe(true);
  });

  it.each([
    [{ analytics: false, retargeting: false, ip_processing: false, job_alert_marketing: false }, 'reject_all'],
    [{ analytics: true, retargeting: false, ip_processing: false, job_alert_marketing: false }, 'custom'],
    [{ analytics: true, retargeting: true, ip_processing: true, job_alert_marketing: true }, 'accept_all'],
  ] as const)('derives the action from the saved toggles %o', (answers, action) => {
    expect(stateWith().decide({ ...answers }).action).toBe(action);
  });

  it('records a withdrawal as all purposes off', () => {
    const state = stateWith({ record: storedRecord() });
    const record = state.decide({ analytics: true }, true);
    expect(record.action).toBe('withdraw');
    expect(Object.values(record.choices)).toEqual([false, false, false, false]);
    expect(record.visitorId).toBe(VISITOR_ID);
    expect(record.defaulted).toEqual([]);
  });
});

describe('a stored decision', () => {
  it('applies while valid and asks nothing', () => {
    const state = stateWith({ record: storedRecord() });
    expect(state.prompt()).toBeNull();
    expect(state.effective()).toEqual({ analytics: true, retargeting: false, ip_processing: true, job_alert_marketing: false });
  });

  it('is ignored once expired, so the banner returns', () => {
    const state = stateWith({ record: storedRecord({ expiresAt: new Date(NOW - 1).toISOString() }) });
    expect(state.record()).toBeNull();
    expect(state.prompt()?.kind).toBe('consent');
    expect(state.effective().analytics).toBe(false);
  });

  it('asks only for a purpose whose version went up, and revokes only its grant', () => {
    const config = siteConfig({ purposes: recruitmentPurposes({ analytics: 2, retargeting: 2 }) });
    const state = stateWith({ config, record: storedRecord() });
    expect(state.prompt()).toMatchObject({ kind: 'update', purposes: [{ id: 'analytics' }, { id: 'retargeting' }] });
    expect(state.effective()).toEqual({ analytics: false, retargeting: false, ip_processing: true, job_alert_marketing: false });
  });

  it('keeps the other purposes and stores the new versions when the changed one is answered', () => {
    const config = siteConfig({ purposes: recruitmentPurposes({ analytics: 2 }) });
    const state = stateWith({ config, record: storedRecord() });
    const record = state.decide({ analytics: true });
    expect(record.choices).toEqual({ analytics: true, retargeting: false, ip_processing: true, job_alert_marketing: false });
    expect(record.purposeVersions.analytics).toBe(2);
    expect(record.action).toBe('custom');
    expect(state.prompt()).toBeNull();
  });

  it('treats a purpose added to the config as changed', () => {
    const record = storedRecord();
    delete record.choices.job_alert_marketing;
    delete record.purposeVersions.job_alert_marketing;
    expect(stateWith({ record }).prompt()).toMatchObject({ kind: 'update', purposes: [{ id: 'job_alert_marketing' }] });
  });

  it('round-trips with the visitor token through the cookie encoding and rejects tampered values', () => {
    const record = storedRecord();
    const encoded = encodeCookie({ visitorToken: VISITOR_TOKEN, record });
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCookie(encoded)).toEqual({ visitorToken: VISITOR_TOKEN, record });
    expect(decodeCookie(encodeCookie({ visitorToken: VISITOR_TOKEN, record: null }))).toEqual({ visitorToken: VISITOR_TOKEN, record: null });
    expect(decodeCookie('not-base64-json')).toEqual({ visitorToken: null, record: null });
    expect(decodeCookie(btoa(JSON.stringify({ visitorId: 'x', choices: null }))).record).toBeNull();
    expect(decodeCookie(null).record).toBeNull();
    expect(toPublicState(record)).not.toHaveProperty('action');
  });
});

describe('Global Privacy Control', () => {
  it('forces retargeting off even on accept all, and leaves it out of the banner', () => {
    const state = stateWith({ gpc: true });
    expect(state.prompt()?.purposes.map((p) => p.id)).not.toContain('retargeting');
    const record = state.decide(state.all(true));
    expect(record.choices.retargeting).toBe(false);
    expect(record.choices.analytics).toBe(true);
    expect(record.action).toBe('accept_all');
    expect(state.isForcedOff('retargeting')).toBe(true);
  });

  it('does not ask again when only the forced-off purpose changed', () => {
    const config = siteConfig({ purposes: recruitmentPurposes({ retargeting: 2 }) });
    expect(stateWith({ gpc: true, config, record: storedRecord() }).prompt()).toBeNull();
  });
});

describe('regimes', () => {
  it('opt-out allows everything until the visitor objects, except retargeting under GPC', () => {
    const state = stateWith({ config: siteConfig({ regime: 'opt-out' }), gpc: true });
    expect(state.prompt()?.kind).toBe('opt-out');
    expect(state.effective()).toEqual({ analytics: true, retargeting: false, ip_processing: true, job_alert_marketing: true });
    state.decide(state.all(false));
    expect(state.effective().analytics).toBe(false);
    expect(state.prompt()).toBeNull();
  });

  it('opt-out keeps a refusal when the purpose changes', () => {
    const config = siteConfig({ regime: 'opt-out', purposes: recruitmentPurposes({ job_alert_marketing: 2 }) });
    const state = stateWith({ config, record: storedRecord() });
    expect(state.effective().job_alert_marketing).toBe(false);
    expect(state.prompt()?.kind).toBe('update');
  });

  it('notice treats everything as granted and never asks for an update', () => {
    const state = stateWith({ config: siteConfig({ regime: 'notice', purposes: recruitmentPurposes({ analytics: 5 }) }) });
    expect(state.prompt()?.kind).toBe('notice');
    expect(Object.values(state.effective())).toEqual([true, true, true, true]);
    state.decide({});
    expect(state.prompt()).toBeNull();
  });
});

describe('tag requirements', () => {
  it('needs every listed purpose, and ip_processing for a vendor that sends the IP', () => {
    const state = stateWith({ record: storedRecord({ choices: { analytics: true, retargeting: true, ip_processing: false, job_alert_marketing: true } }) });
    expect(state.allows(['analytics'], null)).toBe(true);
    expect(state.allows(['analytics', 'retargeting'], 'Mailer')).toBe(true);
    expect(state.allows(['analytics'], 'Google Analytics')).toBe(false);
    expect(state.allows(['analytics', 'unknown'], null)).toBe(false);
    expect(state.allows([], null)).toBe(false);
  });

  it('does not require ip_processing when the site has no such purpose', () => {
    const purposes = recruitmentPurposes().filter((p) => p.id !== 'ip_processing');
    const state = stateWith({ config: siteConfig({ purposes }) });
    state.decide(state.all(true));
    expect(state.allows(['analytics'], 'Google Analytics')).toBe(true);
  });

  it('lists cookies to remove for revoked purposes, minus those a granted purpose still uses', () => {
    const state = stateWith();
    state.decide({ analytics: true, retargeting: false });
    expect(state.cookiesOf(['retargeting'])).toEqual(['_fbp']);
    state.decide(state.all(false));
    expect(state.cookiesOf(['analytics', 'retargeting'])).toEqual(['_ga', '_ga_*', '_fbp', '_ga']);
  });
});

describe('presets the visitor left alone', () => {
  it('reports the untouched opt-out presets as defaulted and the answered purposes not', () => {
    const state = stateWith({ config: siteConfig({ regime: 'opt-out' }) });
    const record = state.decide({ retargeting: false });
    expect(record.choices).toEqual({ analytics: true, retargeting: false, ip_processing: true, job_alert_marketing: true });
    expect(record.defaulted).toEqual(['analytics', 'ip_processing', 'job_alert_marketing']);
  });

  it('keeps a purpose defaulted across later decisions until the visitor answers it', () => {
    const state = stateWith({ config: siteConfig({ regime: 'opt-out' }) });
    state.decide({ retargeting: false });
    expect(state.decide({ analytics: true }).defaulted).toEqual(['ip_processing', 'job_alert_marketing']);
  });

  it('asks again for defaulted grants once the visitor is under opt-in, and no longer applies them', () => {
    const record = storedRecord({
      choices: { analytics: true, retargeting: false, ip_processing: true, job_alert_marketing: true },
      defaulted: ['analytics', 'job_alert_marketing'],
    });
    const state = stateWith({ record });
    expect(state.prompt()).toMatchObject({ kind: 'update', purposes: [{ id: 'analytics' }, { id: 'job_alert_marketing' }] });
    expect(state.effective()).toEqual({ analytics: false, retargeting: false, ip_processing: true, job_alert_marketing: false });
  });

  it('keeps defaulted grants where the regime still presets them', () => {
    const record = storedRecord({ defaulted: ['analytics'] });
    const state = stateWith({ config: siteConfig({ regime: 'opt-out' }), record });
    expect(state.prompt()).toBeNull();
    expect(state.effective().analytics).toBe(true);
  });
});
