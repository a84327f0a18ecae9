import type { Language } from '../api-contract';
import type { SiteConfig } from '../config';
import { CONSENT_COOKIE_PREFIX, DAY_MS, QUEUE_KEY_PREFIX } from '../constants';
import type { createApiClient, Delivery } from './api-client';
import { decodeCookie, encodeCookie } from './consent-cookie';
import type { ConsentRecord } from './consent-state';
import { createQueue } from './queue';
import { rebuildReceipt, type Receipt } from './receipts';
import type { SafeStorage } from './storage';

// The visitor's standing at the API: the visitor token (kept in the consent cookie), the config
// loaded with it, and the queue that delivers receipts. No receipt leaves without a token, so the
// queue only runs once a config load has named the visitor.

export interface LedgerOptions {
  storage: SafeStorage;
  api: ReturnType<typeof createApiClient>;
  /** The site id, made safe for cookie and storage key names. */
  key: string;
  language: Language;
  /** A queued receipt was made again from fresh config (`config`), replacing `previousId`. */
  onRebuilt: (previousId: string, receipt: Receipt, config: SiteConfig) => void;
}

export type Ledger = ReturnType<typeof createLedger>;

export function createLedger(options: LedgerOptions) {
  const { storage, api, language } = options;
  const cookieName = CONSENT_COOKIE_PREFIX + options.key;
  const cookie = decodeCookie(storage.getCookie(cookieName));
  let visitorToken = cookie.visitorToken;
  // A record decided on a cached banner on a page closed before the API answered names nobody ('').
  let visitorId: string | null = cookie.record?.visitorId || null;
  // The config load under way, if any. A receipt waits for it (one decided on a cached banner is
  // ahead of it), so it goes out under the visitor the API names and never makes it mint another.
  let naming: Promise<void> | null = null;
  const post = (receipt: Receipt): Promise<Delivery> =>
    visitorToken ? api.sendConsent(receipt, visitorToken) : Promise.resolve('new-visitor');
  const queue = createQueue({
    storage,
    key: QUEUE_KEY_PREFIX + options.key,
    // No receipt leaves without a token: one dropped while offline makes the receipt wait for a new visitor.
    send: (receipt) => (naming ? naming.then(() => post(receipt)) : post(receipt)),
    rebuild,
  });

  function loadConfig(): Promise<SiteConfig> {
    const load = api.loadConfig(language, visitorToken).then((config) => {
      visitorToken = config.visitorToken;
      visitorId = config.visitorId;
      return config;
    });
    const settled = load.then(done, done);
    function done() {
      if (naming === settled) naming = null;
    }
    naming = settled;
    return load;
  }

  // A refused token (a key rotated out of the API's list, say) is dropped: the API then mints a
  // new visitor, and the receipt is made again for that one.
  async function rebuild(receipt: Receipt, newVisitor: boolean): Promise<Receipt> {
    if (newVisitor) visitorToken = null;
    const config = await loadConfig();
    const rebuilt = rebuildReceipt(receipt, config);
    options.onRebuilt(receipt.receiptId, rebuilt, config);
    return rebuilt;
  }

  return {
    /** The decision the cookie held when the page loaded. */
    stored: cookie.record,
    loadConfig,
    visitorId: () => visitorId,
    /**
     * Writes the token and the decision to the consent cookie. Under opt-in nothing is written
     * before a decision; under opt-out and notice the token is kept, so the API can tell it saw
     * this visitor and no answer is needed for the regime's defaults to apply.
     */
    persist(config: SiteConfig, record: ConsentRecord | null) {
      if (!record && config.regime === 'opt-in' && !cookie.visitorToken) return;
      storage.setCookie(cookieName, encodeCookie({ visitorToken, record }), config.consentLifetimeDays * (DAY_MS / 1000));
    },
    add: (receipt: Receipt) => queue.add(receipt),
    /** Sends what is queued, this page's and earlier pages'; only after loadConfig(). */
    flush: () => (visitorToken ? queue.flush() : Promise.resolve()),
  };
}
