import { RETRY_BASE_MS, RETRY_MAX_MS } from '../constants';
import type { Delivery } from './api-client';
import { isRefusal, type Receipt } from './receipts';
import type { SafeStorage } from './storage';

// Receipts wait here, oldest first and in localStorage, until the API has stored them. A choice
// already applies locally, so this only has to make sure each receipt reaches the API: resending
// the same receiptId is idempotent on the server. Tabs of one site share the stored queue, so
// every write merges by receipt id into what is stored now instead of overwriting it.

export interface QueueOptions {
  storage: SafeStorage;
  key: string;
  send: (receipt: Receipt) => Promise<Delivery>;
  /** The receipt made again from fresh config (for a new visitor when `newVisitor`); throws when offline. */
  rebuild: (receipt: Receipt, newVisitor: boolean) => Promise<Receipt>;
}

interface Entry {
  at: number;
  body: Receipt;
  /** Already made again once after a refusal. */
  rebuilt?: boolean;
}

export function createQueue(options: QueueOptions) {
  const { storage, key, send, rebuild } = options;
  // This tab's undelivered entries survive even where localStorage is unavailable or was cleared.
  const mine = new Map<string, Entry>();
  const done = new Set<string>();
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let flushing = false;

  function stored(): Entry[] {
    try {
      const list = JSON.parse(storage.getItem(key) ?? '[]');
      // Older widgets stored bare receipts.
      return Array.isArray(list) ? list.map((item) => (item.body ? item : { at: 0, body: item })) : [];
    } catch {
      return [];
    }
  }

  function entries(): Entry[] {
    const merged = new Map<string, Entry>();
    for (const entry of [...stored(), ...mine.values()]) merged.set(entry.body.receiptId, entry);
    return [...merged.values()].filter((entry) => !done.has(entry.body.receiptId)).sort((a, b) => a.at - b.at);
  }

  function write(change: () => void) {
    change();
    const list = entries();
    if (list.length) storage.setItem(key, JSON.stringify(list));
    else storage.removeItem(key);
  }

  function forget(receiptId: string) {
    done.add(receiptId);
    mine.delete(receiptId);
  }

  function later() {
    timer = setTimeout(flush, Math.min(RETRY_BASE_MS * 2 ** failures++, RETRY_MAX_MS));
  }

  // One attempt at the oldest entry; false when the queue has to wait.
  async function deliver(entry: Entry): Promise<boolean> {
    const result = await send(entry.body);
    if (result === 'retry') return false;
    const id = entry.body.receiptId;
    // A refused grant is made again once; a refused refusal is made again until it lands.
    if (result === 'stored' || (entry.rebuilt && !isRefusal(entry.body))) {
      if (result !== 'stored') console.warn(`ConsentManager: receipt ${id} dropped after a second refusal`);
      write(() => forget(id));
      return true;
    }
    const body = await rebuild(entry.body, result === 'new-visitor');
    write(() => {
      forget(id);
      mine.set(body.receiptId, { at: entry.at, body, rebuilt: true });
    });
    // A refusal refused again waits before its next attempt, instead of hammering the API.
    return !entry.rebuilt;
  }

  async function flush(): Promise<void> {
    if (flushing) return;
    flushing = true;
    clearTimeout(timer);
    try {
      for (let next = entries()[0]; next; next = entries()[0]) {
        if (!(await deliver(next))) {
          later();
          break;
        }
        failures = 0;
      }
    } catch {
      // Fresh config could not be loaded: the refused receipt stays queued as it was.
      later();
    } finally {
      flushing = false;
    }
  }

  return {
    add(body: Receipt): Promise<void> {
      write(() => mine.set(body.receiptId, { at: Date.now(), body }));
      return flush();
    },
    flush,
    pending: () => entries().map((entry) => entry.body),
  };
}
