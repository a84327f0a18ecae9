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

/** The Consent Mode signals a set of purpose choices grants or denies. */
export function consentModeUpdate(choices: Choices): Record<string, 'granted' | 'denied'> {
  const update: Record<string, 'granted' | 'denied'> = {};
  for (const [purpose, signals] of Object.entries(CONSENT_MODE_SIGNALS)) {
    for (const signal of signals) update[signal] = choices[purpose] ? 'granted' : 'denied';
  }
  return update;
}

// Looked up on every call: a Google snippet later on the page may define its own gtag.
export function pushConsentUpdate(win: GtagWindow, choices: Choices): void {
  win.gtag?.('consent', 'update', consentModeUpdate(choices));
}
