import { RETRY_BASE_MS, RETRY_MAX_MS } from '../constants';
import type { ConsentBody, Delivery } from './api-client';
import type { SafeStorage } from './storage';

// Receipts wait here, in order and in localStorage, until the API has stored them. A choice
// already applies locally, so this only has to make sure each receipt reaches the API once:
// resending the same receiptId is idempotent on the server.

export interface QueueOptions {
  storage: SafeStorage;
  key: string;
  send: (body: ConsentBody) => Promise<Delivery>;
}

export function createQueue(options: QueueOptions) {
  const { storage, key, send } = options;
  const pending: ConsentBody[] = load();
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let flushing = false;

  function load(): ConsentBody[] {
    try {
      const stored = JSON.parse(storage.getItem(key) ?? '[]');
      return Array.isArray(stored) ? stored : [];
    } catch {
      return [];
    }
  }

  function save() {
    if (pending.length) storage.setItem(key, JSON.stringify(pending));
    else storage.removeItem(key);
  }

  async function flush(): Promise<void> {
    if (flushing) return;
    flushing = true;
    clearTimeout(timer);
    while (pending.length) {
      if ((await send(pending[0])) === 'retry') {
        timer = setTimeout(flush, Math.min(RETRY_BASE_MS * 2 ** failures++, RETRY_MAX_MS));
        break;
      }
      failures = 0;
      pending.shift();
      save();
    }
    flushing = false;
  }

  return {
    add(body: ConsentBody): Promise<void> {
      pending.push(body);
      save();
      return flush();
    },
    flush,
    pending: () => pending.slice(),
  };
}
