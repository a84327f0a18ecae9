import type { ConsentRequest } from '../api-contract';
import type { SiteConfig } from '../config';
import type { ConsentRecord } from './consent-state';
import { newReceiptId } from './ids';

// Receipts as the widget sends them: made from a decision, and re-made from fresh config when the
// API refused one (the site's purposes changed meanwhile, or the visitor token was refused).

type Sent = 'receiptId' | 'action' | 'choices' | 'purposeVersions' | 'language' | 'textHash' | 'source' | 'userActivation' | 'defaulted';

/** The body of `POST /v1/sites/{siteId}/consents` without the visitor token, which is added when it is sent. */
export type Receipt = { [K in Sent]-?: NonNullable<ConsentRequest[K]> };

/** A withdrawal or a rejection: it must always reach the API. */
export const isRefusal = (receipt: Receipt) => receipt.action === 'withdraw' || receipt.action === 'reject_all';

export function toReceipt(record: ConsentRecord, config: SiteConfig, userActivation: boolean): Receipt {
  const { receiptId, action, choices, purposeVersions } = record;
  return {
    receiptId,
    action,
    choices,
    purposeVersions,
    language: config.language,
    textHash: config.textHash,
    source: 'widget',
    userActivation,
    defaulted: record.defaulted ?? [],
  };
}

/**
 * The same decision against `config`, under a new receipt id. A refusal refuses every current
 * purpose. A grant was given for what a purpose meant then, so a new or changed purpose is
 * refused until the visitor is asked about it.
 */
export function rebuildReceipt(receipt: Receipt, config: SiteConfig, newId = newReceiptId): Receipt {
  const choices: Record<string, boolean> = {};
  const purposeVersions: Record<string, number> = {};
  let changed = false;
  for (const { id, version } of config.purposes) {
    const same = receipt.purposeVersions[id] === version && id in receipt.choices;
    changed ||= !same;
    choices[id] = !isRefusal(receipt) && same && receipt.choices[id];
    purposeVersions[id] = version;
  }
  const granted = Object.values(choices).includes(true);
  const action = isRefusal(receipt) || granted ? (changed && receipt.action === 'accept_all' ? 'custom' : receipt.action) : 'reject_all';
  return {
    ...receipt,
    receiptId: newId(),
    action,
    choices,
    purposeVersions,
    language: config.language,
    textHash: config.textHash,
    defaulted: receipt.defaulted.filter((id) => receipt.purposeVersions[id] === purposeVersions[id]),
  };
}

/** The cookie's decision after its receipt was rebuilt, for the visitor `config` names. */
export function restate(record: ConsentRecord, receipt: Receipt, config: SiteConfig): ConsentRecord {
  const { receiptId, action, choices, purposeVersions, defaulted } = receipt;
  return { ...record, visitorId: config.visitorId, receiptId, action, choices, purposeVersions, defaulted };
}
