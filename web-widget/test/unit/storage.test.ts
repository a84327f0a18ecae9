import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStorage, matchCookies } from '../../src/core/storage';

function fakeDocument(hostname: string, protocol = 'https:') {
  const written: string[] = [];
  const doc = {
    location: { hostname, protocol },
    get cookie() {
      return 'cm_consent_site=abc; _ga=GA1.2; _ga_XYZ=1; other=x=y';
    },
    set cookie(value: string) {
      written.push(value);
    },
  } as unknown as Document;
  return { doc, written };
}

const throwing = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

afterEach(() => localStorage.clear());

describe('cookies', () => {
  it('reads a cookie by exact name and lists names', () => {
    const storage = createStorage(fakeDocument('jobs.example.nl').doc, () => localStorage);
    expect(storage.getCookie('_ga')).toBe('GA1.2');
    expect(storage.getCookie('other')).toBe('x=y');
    expect(storage.getCookie('_g')).toBeNull();
    expect(storage.cookieNames()).toEqual(['cm_consent_site', '_ga', '_ga_XYZ', 'other']);
  });

  it('writes SameSite=Lax, path=/, max-age, and Secure only on https', () => {
    const https = fakeDocument('jobs.example.nl');
    createStorage(https.doc, () => localStorage).setCookie('cm_consent_site', 'v', 182 * 86400);
    expect(https.written).toEqual(['cm_consent_site=v; max-age=15724800; path=/; SameSite=Lax; Secure']);
    const http = fakeDocument('localhost', 'http:');
    createStorage(http.doc, () => localStorage).setCookie('c', 'v', 10);
    expect(http.written).toEqual(['c=v; max-age=10; path=/; SameSite=Lax']);
  });

  it('deletes a cookie on the host and every parent domain, but never on the bare TLD', () => {
    const { doc, written } = fakeDocument('www.jobs.example.nl');
    createStorage(doc, () => localStorage).deleteCookie('_ga');
    expect(written).toEqual([
      '_ga=; max-age=0; path=/',
      '_ga=; max-age=0; path=/; domain=www.jobs.example.nl',
      '_ga=; max-age=0; path=/; domain=jobs.example.nl',
      '_ga=; max-age=0; path=/; domain=example.nl',
    ]);
  });

  it('really removes a cookie from a live document', () => {
    document.cookie = '_fbp=1; path=/';
    const storage = createStorage(document, () => localStorage);
    expect(storage.getCookie('_fbp')).toBe('1');
    storage.deleteCookie('_fbp');
    expect(storage.getCookie('_fbp')).toBeNull();
  });

  it('degrades to "nothing stored" when document.cookie throws', () => {
    const doc = { location: { hostname: 'a.nl', protocol: 'https:' } } as unknown as Document;
    Object.defineProperty(doc, 'cookie', { get: throwing, set: throwing });
    const storage = createStorage(doc, () => localStorage);
    expect(storage.getCookie('x')).toBeNull();
    expect(storage.cookieNames()).toEqual([]);
    expect(() => storage.setCookie('x', 'y', 1)).not.toThrow();
    expect(() => storage.deleteCookie('x')).not.toThrow();
  });

  it('matches exact names and * prefixes', () => {
    expect(matchCookies(['_ga', '_ga_XYZ', '_gat', 'x_ga'], ['_ga', '_ga_*'])).toEqual(['_ga', '_ga_XYZ']);
    expect(matchCookies(['_ga'], [])).toEqual([]);
  });
});

describe('localStorage', () => {
  it('stores and removes items', () => {
    const storage = createStorage(document, () => localStorage);
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
    storage.removeItem('k');
    expect(storage.getItem('k')).toBeNull();
  });

  it('degrades when merely touching window.localStorage throws', () => {
    const storage = createStorage(document, throwing);
    expect(storage.getItem('k')).toBeNull();
    expect(() => storage.setItem('k', 'v')).not.toThrow();
    expect(() => storage.removeItem('k')).not.toThrow();
  });

  it('degrades when the quota is exceeded', () => {
    const full = { setItem: vi.fn(throwing), getItem: () => null, removeItem: () => undefined } as unknown as Storage;
    expect(() => createStorage(document, () => full).setItem('k', 'v')).not.toThrow();
    expect(full.setItem).toHaveBeenCalled();
  });
});
