import type { Purpose, SiteConfig } from '../config';
import { DAY_MS, PURPOSE_IP, PURPOSE_RETARGETING } from '../constants';
import { newReceiptId } from './ids';

// The consent rules, with no DOM, storage or network: given the site's configuration, the stored
// record, the visitor's GPC signal and a clock, it says what is allowed, what to ask, and what a
// decision records.

export type Choices = Record<string, boolean>;
export type Action = 'accept_all' | 'reject_all' | 'custom' | 'withdraw';

/** What the consent cookie holds. */
export interface ConsentRecord {
  visitorId: string;
  receiptId: string;
  choices: Choices;
  purposeVersions: Record<string, number>;
  recordedAt: string;
  expiresAt: string;
  action: Action;
}

/** What `ConsentManager.get()` and the change event hand to the site. */
export type PublicState = Omit<ConsentRecord, 'action'>;

/**
 * What to show when nothing is open: the full banner, a banner for changed purposes only,
 * or the opt-out / information notice.
 */
export interface Prompt {
  kind: 'consent' | 'update' | 'opt-out' | 'notice';
  purposes: Purpose[];
}

export interface ConsentStateOptions {
  config: SiteConfig;
  record: ConsentRecord | null;
  visitorId: string;
  gpc: boolean;
  now?: () => number;
  newId?: () => string;
}

export type ConsentState = ReturnType<typeof createConsentState>;

export function createConsentState(options: ConsentStateOptions) {
  const { config, gpc, visitorId } = options;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? newReceiptId;
  let record = options.record && Date.parse(options.record.expiresAt) > now() ? options.record : null;

  // GPC is a legally valid objection to selling/sharing, which is what retargeting is.
  const forcedOff = (id: string) => gpc && id === PURPOSE_RETARGETING;
  const askable = (purposes: Purpose[]) => purposes.filter((purpose) => !forcedOff(purpose.id));
  const isCurrent = (purpose: Purpose) =>
    record !== null && record.purposeVersions[purpose.id] === purpose.version && typeof record.choices[purpose.id] === 'boolean';

  function effective(): Choices {
    const choices: Choices = {};
    for (const purpose of config.purposes) {
      const stored = record?.choices[purpose.id];
      // A changed purpose loses its grant, never its refusal: only consent needs renewing.
      const fallback = stored !== false && config.regime !== 'opt-in';
      choices[purpose.id] = !forcedOff(purpose.id) && (isCurrent(purpose) ? stored === true : fallback);
    }
    return choices;
  }

  function prompt(): Prompt | null {
    const purposes = askable(record ? config.purposes.filter((purpose) => !isCurrent(purpose)) : config.purposes);
    if (!purposes.length || (record && config.regime === 'notice')) return null;
    const kind = record ? 'update' : config.regime === 'opt-in' ? 'consent' : config.regime;
    return { kind, purposes };
  }

  /** Records a decision. Purposes missing from `answers` keep what is in effect now. */
  function decide(answers: Choices, withdraw = false): ConsentRecord {
    const current = effective();
    const choices: Choices = {};
    const purposeVersions: Record<string, number> = {};
    for (const { id, version } of config.purposes) {
      choices[id] = !withdraw && !forcedOff(id) && (answers[id] ?? current[id]);
      purposeVersions[id] = version;
    }
    // The action describes what the visitor chose among what they could choose.
    const free = askable(config.purposes).map(({ id }) => choices[id]);
    const action: Action = withdraw ? 'withdraw' : !free.includes(true) ? 'reject_all' : free.includes(false) ? 'custom' : 'accept_all';
    const recordedAt = now();
    record = {
      visitorId: record?.visitorId ?? visitorId,
      receiptId: newId(),
      choices,
      purposeVersions,
      recordedAt: new Date(recordedAt).toISOString(),
      expiresAt: new Date(recordedAt + config.consentLifetimeDays * DAY_MS).toISOString(),
      action,
    };
    return record;
  }

  /** Whether a tag needing `purposes` (and, for an IP-sending vendor, IP processing) may run. */
  function allows(purposes: string[], vendorName?: string | null): boolean {
    const vendor = config.purposes.flatMap((purpose) => purpose.vendors).find((v) => v.name === vendorName);
    // Only a configured ip_processing purpose can be asked for; requiring an unknown one would block forever.
    const needsIp = vendor?.sendsIp && config.purposes.some((purpose) => purpose.id === PURPOSE_IP);
    const needs = needsIp ? [...purposes, PURPOSE_IP] : purposes;
    const choices = effective();
    return needs.length > 0 && needs.every((id) => choices[id] === true);
  }

  /** Cookie names and `*` prefixes of the given purposes' vendors, minus those a granted purpose still uses. */
  function cookiesOf(purposeIds: string[]): string[] {
    const choices = effective();
    const cookies = (keep: (id: string) => boolean) =>
      config.purposes.filter(({ id }) => keep(id)).flatMap((purpose) => purpose.vendors.flatMap((vendor) => vendor.cookies));
    const stillUsed = cookies((id) => choices[id]);
    return cookies((id) => purposeIds.includes(id)).filter((name) => !stillUsed.includes(name));
  }

  return {
    record: () => record,
    all: (value: boolean): Choices => Object.fromEntries(config.purposes.map(({ id }) => [id, value])),
    isForcedOff: forcedOff,
    effective,
    prompt,
    decide,
    allows,
    cookiesOf,
  };
}

export function toPublicState(record: ConsentRecord | null): PublicState | null {
  if (!record) return null;
  const { action: _action, ...state } = record;
  return state;
}

// The cookie value is base64url JSON: every field is ASCII, and base64 needs no cookie escaping.
export function encodeRecord(record: ConsentRecord): string {
  return btoa(JSON.stringify(record)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeRecord(value: string | null): ConsentRecord | null {
  try {
    const record = JSON.parse(atob(value!.replace(/-/g, '+').replace(/_/g, '/')));
    const valid =
      typeof record.visitorId === 'string' &&
      typeof record.receiptId === 'string' &&
      typeof record.expiresAt === 'string' &&
      typeof record.choices === 'object' &&
      typeof record.purposeVersions === 'object' &&
      record.choices !== null &&
      record.purposeVersions !== null;
    return valid ? record : null;
  } catch {
    // A missing or tampered cookie is the same as no decision.
    return null;
  }
}
