import type { Action } from '../api-contract';
import type { Purpose, SiteConfig } from '../config';
import { DAY_MS } from '../constants';
import { newReceiptId } from './ids';
import { askable, grantHolds, ipPurposes, preset } from './legal-rules';

// The consent state, with no DOM, storage or network: given the site's configuration, the stored
// record, the visitor's GPC signal and a clock, it says what is allowed, what to ask, and what a
// decision records. The legal rules themselves live in legal-rules.ts.

export type { Action };
export type Choices = Record<string, boolean>;

/** The decision the consent cookie holds. */
export interface ConsentRecord {
  visitorId: string;
  receiptId: string;
  choices: Choices;
  purposeVersions: Record<string, number>;
  recordedAt: string;
  expiresAt: string;
  action: Action;
  /** Purposes whose value is a preset the visitor left alone (missing in records of older widgets). */
  defaulted?: string[];
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
  gpc: boolean;
  now?: () => number;
  newId?: () => string;
}

export type ConsentState = ReturnType<typeof createConsentState>;

export function createConsentState(options: ConsentStateOptions) {
  const { config, gpc } = options;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? newReceiptId;
  let record = options.record && Date.parse(options.record.expiresAt) > now() ? options.record : null;

  const offered = (purpose: Purpose) => askable(purpose.role, gpc);
  const wasDefaulted = (id: string) => record?.defaulted?.includes(id) === true;
  const isCurrent = ({ id, version }: Purpose) =>
    record !== null &&
    record.purposeVersions[id] === version &&
    typeof record.choices[id] === 'boolean' &&
    (record.choices[id] === false || grantHolds(config.regime, wasDefaulted(id)));
  // A value nobody chose: the regime's preset, or a stored preset. A refusal is always chosen.
  const untouched = (purpose: Purpose) => (isCurrent(purpose) ? wasDefaulted(purpose.id) : record?.choices[purpose.id] !== false);

  function effective(): Choices {
    const choices: Choices = {};
    for (const purpose of config.purposes) {
      const stored = record?.choices[purpose.id];
      // A changed purpose loses its grant, never its refusal: only consent needs renewing.
      const fallback = stored !== false && preset(config.regime, purpose.role, gpc);
      choices[purpose.id] = offered(purpose) && (isCurrent(purpose) ? stored === true : fallback);
    }
    return choices;
  }

  function prompt(): Prompt | null {
    const open = record ? config.purposes.filter((purpose) => !isCurrent(purpose)) : config.purposes;
    const purposes = open.filter(offered);
    if (!purposes.length || (record && config.regime === 'notice')) return null;
    const kind = record ? 'update' : config.regime === 'opt-in' ? 'consent' : config.regime;
    return { kind, purposes };
  }

  /** Records a decision. Purposes missing from `answers` keep what is in effect now. */
  function decide(answers: Choices, withdraw = false): ConsentRecord {
    const current = effective();
    const choices: Choices = {};
    const purposeVersions: Record<string, number> = {};
    const defaulted: string[] = [];
    for (const purpose of config.purposes) {
      const { id, version } = purpose;
      choices[id] = !withdraw && offered(purpose) && (answers[id] ?? current[id]);
      purposeVersions[id] = version;
      // A withdrawal is the visitor's own word on every purpose.
      if (!withdraw && answers[id] === undefined && untouched(purpose)) defaulted.push(id);
    }
    // The action describes what the visitor chose among what they could choose.
    const free = config.purposes.filter(offered).map(({ id }) => choices[id]);
    const action: Action = withdraw ? 'withdraw' : !free.includes(true) ? 'reject_all' : free.includes(false) ? 'custom' : 'accept_all';
    const recordedAt = now();
    record = {
      visitorId: config.visitorId,
      receiptId: newId(),
      choices,
      purposeVersions,
      recordedAt: new Date(recordedAt).toISOString(),
      expiresAt: new Date(recordedAt + config.consentLifetimeDays * DAY_MS).toISOString(),
      action,
      defaulted,
    };
    return record;
  }

  /** Whether a tag needing `purposes` (and, for an IP-sending vendor, IP processing) may run. */
  function allows(purposes: string[], vendorName?: string | null): boolean {
    const vendor = config.purposes.flatMap((purpose) => purpose.vendors).find((v) => v.name === vendorName);
    const needs = vendor?.sendsIp ? [...purposes, ...ipPurposes(config.purposes)] : purposes;
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
    /** Takes over a record rebuilt elsewhere (a receipt re-made for fresh config or a new visitor). */
    replace: (rebuilt: ConsentRecord) => void (record = rebuilt),
    all: (value: boolean): Choices => Object.fromEntries(config.purposes.map(({ id }) => [id, value])),
    isForcedOff: (id: string) => config.purposes.some((purpose) => purpose.id === id && !offered(purpose)),
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
