import type { Purpose, PurposeRole, Regime } from '../config';

// The legal rules, in one place and keyed by a purpose's role (never by its id), so a site whose
// advertising purpose is called `display_ads` is treated like the template's `retargeting`.
// tests/fixtures/legal-rules.json states them row by row; the API's rules read the same table.

/**
 * Whether the widget offers the purpose at all. GPC is a legally valid objection to selling and
 * sharing personal data, which is what advertising is; it says nothing about the other roles.
 */
export function askable(role: PurposeRole, gpc: boolean): boolean {
  return !(gpc && role === 'advertising');
}

/** The switch position before the visitor acts: on under opt-out and notice, never under opt-in. */
export function preset(regime: Regime, role: PurposeRole, gpc: boolean): boolean {
  return regime !== 'opt-in' && askable(role, gpc);
}

/** What "accept all" records for the purpose: everything that may be asked for. */
export const acceptAll = askable;

/**
 * Whether a stored grant still counts under `regime`. A grant the visitor never gave (a preset
 * they left alone under opt-out or notice) is no consent once they are under opt-in: ask again.
 */
export function grantHolds(regime: Regime, defaulted: boolean): boolean {
  return regime !== 'opt-in' || !defaulted;
}

/** The purposes a vendor that receives the visitor's IP address needs on top of its own. */
export function ipPurposes(purposes: Purpose[]): string[] {
  return purposes.filter((purpose) => purpose.role === 'ip_processing').map((purpose) => purpose.id);
}
