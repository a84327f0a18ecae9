import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentBody, Delivery } from '../../src/core/api-client';
import { createQueue } from '../../src/core/queue';
import { createStorage } from '../../src/core/storage';

const body = (receiptId: string): ConsentBody => ({
  receiptId,
  visitorId: 'v'.repeat(22),
  action: 'reject_all',
  choices: { analytics: false },
  purposeVersions: { analytics: 1 },
  language: 'nl',
  textHash: 'fnv1a64:0000000000000000',
});

const KEY = 'cm_queue_demo';
const storage = createStorage(document, () => localStorage);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

/** A sender that answers from a script of results, recording the time of each attempt. */
function scriptedSender(results: Delivery[]) {
  const attempts: { id: string; at: number }[] = [];
  const send = vi.fn(async (sent: ConsentBody) => {
    attempts.push({ id: sent.receiptId, at: Date.now() });
    return results.shift() ?? 'stored';
  });
  return { send, attempts };
}

describe('receipt queue', () => {
  it('sends at once and forgets a stored receipt', async () => {
    const { send } = scriptedSender(['stored']);
    await createQueue({ storage, key: KEY, send }).add(body('r1'));
    expect(send).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps a failed receipt in localStorage and retries it with exponential backoff, capped at 60s', async () => {
    const { send, attempts } = scriptedSender(['retry', 'retry', 'retry', 'retry', 'retry', 'retry', 'retry', 'retry', 'stored']);
    const start = Date.now();
    const queue = createQueue({ storage, key: KEY, send });
    await queue.add(body('r1'));
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual([body('r1')]);
    await vi.runAllTimersAsync();
    const delays = attempts.map(({ at }, i) => at - (i ? attempts[i - 1].at : start));
    expect(delays).toEqual([0, 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    expect(new Set(attempts.map(({ id }) => id))).toEqual(new Set(['r1']));
    expect(queue.pending()).toEqual([]);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('delivers receipts in order, and a later one waits for an earlier failure', async () => {
    const { send, attempts } = scriptedSender(['retry', 'retry']);
    const queue = createQueue({ storage, key: KEY, send });
    await queue.add(body('first'));
    await queue.add(body('second'));
    await vi.runAllTimersAsync();
    expect(attempts.map(({ id }) => id)).toEqual(['first', 'first', 'first', 'second']);
  });

  it('resends what an earlier page left behind, with the same receipt id', async () => {
    localStorage.setItem(KEY, JSON.stringify([body('left-over')]));
    const { send } = scriptedSender(['stored']);
    const queue = createQueue({ storage, key: KEY, send });
    expect(queue.pending()).toHaveLength(1);
    await queue.flush();
    expect(send).toHaveBeenCalledWith(body('left-over'));
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('retries immediately when flushed early (the online event), without waiting for the timer', async () => {
    const { send } = scriptedSender(['retry', 'stored']);
    const queue = createQueue({ storage, key: KEY, send });
    await queue.add(body('r1'));
    await queue.flush();
    expect(send).toHaveBeenCalledTimes(2);
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('starts empty on a corrupt stored queue', () => {
    localStorage.setItem(KEY, '{oops');
    expect(createQueue({ storage, key: KEY, send: vi.fn() }).pending()).toEqual([]);
  });
});
