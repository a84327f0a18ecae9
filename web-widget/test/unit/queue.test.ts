import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Delivery } from '../../src/core/api-client';
import { createQueue, type QueueOptions } from '../../src/core/queue';
import type { Receipt } from '../../src/core/receipts';
import { createStorage } from '../../src/core/storage';
import { TEXT_HASH } from '../fixtures';

const body = (receiptId: string, action: Receipt['action'] = 'reject_all'): Receipt => ({
  receiptId,
  action,
  choices: { analytics: action === 'accept_all' },
  purposeVersions: { analytics: 1 },
  language: 'nl',
  textHash: TEXT_HASH,
  source: 'widget',
  userActivation: true,
  defaulted: [],
});

const KEY = 'cm_queue_demo';
const storage = createStorage(document, () => localStorage);
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? '[]').map((entry: { body: Receipt }) => entry.body.receiptId);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  localStorage.clear();
});

/** A sender that answers from a script of results, recording the time of each attempt. */
function scriptedSender(results: Delivery[]) {
  const attempts: { id: string; at: number }[] = [];
  const send = vi.fn(async (sent: Receipt) => {
    attempts.push({ id: sent.receiptId, at: Date.now() });
    return results.shift() ?? 'stored';
  });
  return { send, attempts };
}

/** Rebuilds as the widget does, under the id `<old>+`, recording whether a new visitor was asked for. */
const rebuilder = () => vi.fn(async (receipt: Receipt, _newVisitor: boolean) => ({ ...receipt, receiptId: `${receipt.receiptId}+` }));

function queueWith(options: Partial<QueueOptions> & Pick<QueueOptions, 'send'>) {
  return createQueue({ storage, key: KEY, rebuild: rebuilder(), ...options });
}

describe('receipt queue', () => {
  it('sends at once and forgets a stored receipt', async () => {
    const { send } = scriptedSender(['stored']);
    await queueWith({ send }).add(body('r1'));
    expect(send).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps a failed receipt in localStorage and retries it with exponential backoff, capped at 60s', async () => {
    const { send, attempts } = scriptedSender(['retry', 'retry', 'retry', 'retry', 'retry', 'retry', 'retry', 'retry', 'stored']);
    const start = Date.now();
    const queue = queueWith({ send });
    await queue.add(body('r1'));
    expect(stored()).toEqual(['r1']);
    await vi.runAllTimersAsync();
    const delays = attempts.map(({ at }, i) => at - (i ? attempts[i - 1].at : start));
    expect(delays).toEqual([0, 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    expect(new Set(attempts.map(({ id }) => id))).toEqual(new Set(['r1']));
    expect(queue.pending()).toEqual([]);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('delivers receipts in order, and a later one waits for an earlier failure', async () => {
    const { send, attempts } = scriptedSender(['retry', 'retry']);
    const queue = queueWith({ send });
    await queue.add(body('first'));
    vi.advanceTimersByTime(1);
    await queue.add(body('second'));
    await vi.runAllTimersAsync();
    expect(attempts.map(({ id }) => id)).toEqual(['first', 'first', 'first', 'second']);
  });

  it('resends what an earlier page left behind, with the same receipt id, including bare receipts of older widgets', async () => {
    localStorage.setItem(KEY, JSON.stringify([body('left-over')]));
    const { send } = scriptedSender(['stored']);
    const queue = queueWith({ send });
    expect(queue.pending()).toHaveLength(1);
    await queue.flush();
    expect(send).toHaveBeenCalledWith(body('left-over'));
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('retries immediately when flushed early (the online event), without waiting for the timer', async () => {
    const { send } = scriptedSender(['retry', 'stored']);
    const queue = queueWith({ send });
    await queue.add(body('r1'));
    await queue.flush();
    expect(send).toHaveBeenCalledTimes(2);
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('starts empty on a corrupt stored queue', () => {
    localStorage.setItem(KEY, '{oops');
    expect(queueWith({ send: vi.fn() }).pending()).toEqual([]);
  });
});

describe('two tabs on one storage', () => {
  it('keep each other\'s queued receipts', async () => {
    const offline = () => scriptedSender(['retry', 'retry', 'retry']).send;
    const first = queueWith({ send: offline() });
    const second = queueWith({ send: offline() });
    await first.add(body('from-first'));
    vi.advanceTimersByTime(1);
    await second.add(body('from-second'));
    expect(stored()).toEqual(['from-first', 'from-second']);
  });

  it('a tab delivers what the other queued, and removing its own leaves the other\'s in place', async () => {
    const first = queueWith({ send: scriptedSender(['retry', 'retry']).send });
    await first.add(body('from-first'));
    const { send, attempts } = scriptedSender(['stored', 'retry']);
    const second = queueWith({ send });
    vi.advanceTimersByTime(1);
    await second.add(body('from-second'));
    expect(attempts.map(({ id }) => id)).toEqual(['from-first', 'from-second']);
    expect(stored()).toEqual(['from-second']);
  });
});

describe('refused receipts', () => {
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('makes a refused withdrawal again from fresh config and sends it, instead of dropping it', async () => {
    const { send, attempts } = scriptedSender(['rebuild', 'stored']);
    const rebuild = rebuilder();
    await queueWith({ send, rebuild }).add(body('withdrawal', 'withdraw'));
    expect(rebuild).toHaveBeenCalledWith(body('withdrawal', 'withdraw'), false);
    expect(attempts.map(({ id }) => id)).toEqual(['withdrawal', 'withdrawal+']);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps making a refused refusal again, with backoff, until it lands', async () => {
    const { send, attempts } = scriptedSender(['rebuild', 'rebuild', 'rebuild', 'stored']);
    await queueWith({ send }).add(body('refusal'));
    await vi.runAllTimersAsync();
    expect(attempts.map(({ id }) => id)).toEqual(['refusal', 'refusal+', 'refusal++', 'refusal+++']);
    expect(attempts[2].at - attempts[1].at).toBe(1000);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('makes a refused grant again once, and drops it when that is refused too', async () => {
    const { send, attempts } = scriptedSender(['rebuild', 'rebuild']);
    await queueWith({ send }).add(body('grant', 'accept_all'));
    await vi.runAllTimersAsync();
    expect(attempts.map(({ id }) => id)).toEqual(['grant', 'grant+']);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('asks for a new visitor when the token was refused', async () => {
    const rebuild = rebuilder();
    await queueWith({ send: scriptedSender(['new-visitor']).send, rebuild }).add(body('r1', 'custom'));
    expect(rebuild).toHaveBeenCalledWith(body('r1', 'custom'), true);
  });

  it('keeps the refused receipt queued as it was while fresh config cannot be loaded', async () => {
    const rebuild = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const { send } = scriptedSender(['rebuild']);
    const queue = queueWith({ send, rebuild });
    await queue.add(body('withdrawal', 'withdraw'));
    expect(stored()).toEqual(['withdrawal']);
    await queue.flush();
    expect(queue.pending()).toEqual([]);
  });
});
