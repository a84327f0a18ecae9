// The stats key lives in sessionStorage only: gone when the tab closes, never in a URL, a cookie or
// localStorage. Storage can throw (privacy modes, blocked storage); then the key is kept in memory.

export interface Credentials {
  siteId: string;
  key: string;
}

const STORAGE_KEY = 'consentmanager.dashboard';

export function createSession(storage: () => Storage) {
  let memory: Credentials | null = null;

  function read(): Credentials | null {
    try {
      const raw = storage().getItem(STORAGE_KEY);
      if (!raw) return memory;
      const parsed = JSON.parse(raw) as Partial<Credentials>;
      return typeof parsed.siteId === 'string' && typeof parsed.key === 'string' ? { siteId: parsed.siteId, key: parsed.key } : null;
    } catch {
      return memory;
    }
  }

  return {
    get: read,
    save(credentials: Credentials) {
      memory = credentials;
      try {
        storage().setItem(STORAGE_KEY, JSON.stringify(credentials));
      } catch {
        // Kept in memory for this page only.
      }
    },
    clear() {
      memory = null;
      try {
        storage().removeItem(STORAGE_KEY);
      } catch {
        // Nothing stored to remove.
      }
    },
  };
}

export type Session = ReturnType<typeof createSession>;
