import type { Purpose } from '../config';
import { CONSENT_MODE_DEFAULT, CONSENT_MODE_SIGNALS } from '../constants';
import type { Choices } from './consent-state';

export type GtagWindow = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void };

/**
 * Installs dataLayer and the gtag shim, and pushes the all-denied default. It runs synchronously
 * at script start, before the config fetch, so Google tags never see a moment without a default.
 */
export function installConsentMode(win: GtagWindow): void {
  const dataLayer = (win.dataLayer = win.dataLayer || []);
  // Google's tags read the Arguments object itself; an array copy is ignored by gtag.js.
  win.gtag ||= function gtag() {
    dataLayer.push(arguments);
  };
  win.gtag('consent', 'default', { ...CONSENT_MODE_DEFAULT });
}

/**
 * The Consent Mode signals a set of purpose choices grants or denies. A signal is granted only
 * when the site has purposes of its role and every one of them is granted.
 */
export function consentModeUpdate(purposes: Purpose[], choices: Choices): Record<string, 'granted' | 'denied'> {
  const update: Record<string, 'granted' | 'denied'> = {};
  for (const [role, signals] of Object.entries(CONSENT_MODE_SIGNALS)) {
    const ids = purposes.filter((purpose) => purpose.role === role).map(({ id }) => id);
    const granted = ids.length > 0 && ids.every((id) => choices[id]);
    for (const signal of signals) update[signal] = granted ? 'granted' : 'denied';
  }
  return update;
}

// Looked up on every call: a Google snippet later on the page may define its own gtag.
export function pushConsentUpdate(win: GtagWindow, purposes: Purpose[], choices: Choices): void {
  win.gtag?.('consent', 'update', consentModeUpdate(purposes, choices));
}
