import { describe, expect, it } from 'vitest';
import { consentModeUpdate, installConsentMode, pushConsentUpdate, type GtagWindow } from '../../src/core/consent-mode';
import { recruitmentPurposes } from '../fixtures';

const purposes = recruitmentPurposes();

const isArguments = (value: unknown) => Object.prototype.toString.call(value) === '[object Arguments]';

describe('Consent Mode v2', () => {
  it('pushes the all-denied default as an Arguments object', () => {
    const win = {} as GtagWindow;
    installConsentMode(win);
    expect(win.dataLayer).toHaveLength(1);
    const [entry] = win.dataLayer as IArguments[];
    expect(isArguments(entry)).toBe(true);
    expect(Array.from(entry)).toEqual([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 500,
      },
    ]);
  });

  it('keeps an existing dataLayer and gtag', () => {
    const calls: unknown[][] = [];
    const win = { dataLayer: ['earlier'], gtag: (...args: unknown[]) => calls.push(args) } as unknown as GtagWindow;
    installConsentMode(win);
    expect(win.dataLayer).toEqual(['earlier']);
    expect(calls[0].slice(0, 2)).toEqual(['consent', 'default']);
  });

  it('maps the analytics and advertising roles onto the Google signals', () => {
    expect(consentModeUpdate(purposes, { analytics: true, retargeting: false, ip_processing: true })).toEqual({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
    expect(consentModeUpdate(purposes, { retargeting: true })).toMatchObject({ analytics_storage: 'denied', ad_storage: 'granted', ad_personalization: 'granted' });
  });

  it('follows the role, whatever the purpose is called, and grants a signal only when all its purposes are granted', () => {
    const renamed = purposes.map((purpose) => (purpose.id === 'retargeting' ? { ...purpose, id: 'display_ads' } : purpose));
    const ads = [...renamed, { ...renamed[1], id: 'social_ads' }];
    expect(consentModeUpdate(renamed, { display_ads: true })).toMatchObject({ ad_storage: 'granted' });
    expect(consentModeUpdate(ads, { display_ads: true, social_ads: false })).toMatchObject({ ad_storage: 'denied' });
    expect(consentModeUpdate([], { analytics: true })).toMatchObject({ analytics_storage: 'denied' });
  });

  it('sends an update through the gtag on the page', () => {
    const win = {} as GtagWindow;
    installConsentMode(win);
    pushConsentUpdate(win, purposes, { analytics: true });
    const update = win.dataLayer![1] as IArguments;
    expect(isArguments(update)).toBe(true);
    expect(Array.from(update).slice(0, 2)).toEqual(['consent', 'update']);
    expect(update[2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
  });
});
