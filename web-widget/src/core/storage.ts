// The only place that touches document.cookie and localStorage. Both throw in some browsers
// (blocked third-party storage, Safari private mode, sandboxed iframes, disabled cookies), and a
// consent widget must degrade to "no stored decision", never break the page.

export interface SafeStorage {
  getCookie(name: string): string | null;
  setCookie(name: string, value: string, maxAgeSeconds: number): void;
  cookieNames(): string[];
  /** Removes a cookie for path=/ on this host and every parent domain, wherever it was set. */
  deleteCookie(name: string): void;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function attempt<T>(action: () => T, fallback: T): T {
  try {
    return action();
  } catch {
    return fallback;
  }
}

export function createStorage(doc: Document, local: () => Storage): SafeStorage {
  const readCookies = () => attempt(() => doc.cookie, '').split(/;\s*/).filter(Boolean);
  const writeCookie = (cookie: string) => attempt(() => void (doc.cookie = cookie), undefined);

  return {
    getCookie(name) {
      const entry = readCookies().find((cookie) => cookie.startsWith(`${name}=`));
      return entry ? entry.slice(name.length + 1) : null;
    },
    setCookie(name, value, maxAgeSeconds) {
      const secure = doc.location?.protocol === 'https:' ? '; Secure' : '';
      writeCookie(`${name}=${value}; max-age=${Math.floor(maxAgeSeconds)}; path=/; SameSite=Lax${secure}`);
    },
    cookieNames: () => readCookies().map((cookie) => cookie.split('=')[0]),
    deleteCookie(name) {
      const labels = (doc.location?.hostname ?? '').split('.');
      // A host-only cookie needs no domain attribute; a domain cookie may sit on any parent.
      const domains = [''];
      for (let i = 0; i < labels.length - 1; i++) domains.push(`; domain=${labels.slice(i).join('.')}`);
      for (const domain of domains) writeCookie(`${name}=; max-age=0; path=/${domain}`);
    },
    getItem: (key) => attempt(() => local().getItem(key), null),
    setItem: (key, value) => attempt(() => local().setItem(key, value), undefined),
    removeItem: (key) => attempt(() => local().removeItem(key), undefined),
  };
}

/** The stored cookie names that match any of `patterns` (a trailing `*` makes a prefix). */
export function matchCookies(names: string[], patterns: string[]): string[] {
  return names.filter((name) =>
    patterns.some((pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern)),
  );
}
