import { describe, expect, it } from 'vitest';
import { createSession } from '../src/session';

describe('session', () => {
  it('keeps the key in sessionStorage only, and forgets it', () => {
    const session = createSession(() => window.sessionStorage);
    session.save({ siteId: 'jobboard-nl', key: 'secret-key' });
    expect(createSession(() => window.sessionStorage).get()).toEqual({ siteId: 'jobboard-nl', key: 'secret-key' });
    expect(window.localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    session.clear();
    expect(session.get()).toBeNull();
  });

  it('falls back to memory when storage throws', () => {
    const session = createSession(() => { throw new DOMException('blocked', 'SecurityError'); });
    session.save({ siteId: 'jobboard-nl', key: 'k' });
    expect(session.get()).toEqual({ siteId: 'jobboard-nl', key: 'k' });
  });
});
