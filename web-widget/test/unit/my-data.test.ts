import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStorage } from '../../src/core/storage';
import { createVisitorDataClient, readVisitorToken } from '../../src/core/visitor-data';
import { en } from '../../src/i18n/en';
import { renderMyData } from '../../src/ui/my-data';

const visitor = { visitorId: 'v'.repeat(22), token: `${'v'.repeat(22)}.mac` };

function cookieOf(record: object): string {
  return btoa(JSON.stringify(record)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

afterEach(() => {
  document.cookie = 'cm_consent_site=; max-age=0; path=/';
  vi.restoreAllMocks();
});

describe('visitor data client', () => {
  it('sends the visitor token, never credentials, to the receipts and erasure endpoints', async () => {
    const fetchImpl = vi.fn(async (_url: string, _init: RequestInit) => new Response('{"receipts":[]}', { status: 200 }));
    const client = createVisitorDataClient('https://api.example', 'jobs-nl', fetchImpl as unknown as typeof fetch);

    expect(await client.download(visitor.visitorId, visitor.token)).toBe('{"receipts":[]}');
    await client.erase(visitor.visitorId, visitor.token);

    expect(fetchImpl.mock.calls.map(([url, init]) => [url, init.method])).toEqual([
      [`https://api.example/v1/sites/jobs-nl/visitors/${visitor.visitorId}/receipts`, 'GET'],
      [`https://api.example/v1/sites/jobs-nl/visitors/${visitor.visitorId}`, 'DELETE'],
    ]);
    for (const [, init] of fetchImpl.mock.calls) {
      expect(init.credentials).toBe('omit');
      expect(init.headers).toEqual({ 'Visitor-Token': visitor.token });
    }
  });

  it('turns a refusal into an error', async () => {
    const client = createVisitorDataClient('https://api.example', 'jobs-nl', async () => new Response('', { status: 403 }));

    await expect(client.erase(visitor.visitorId, visitor.token)).rejects.toThrow('DELETE of visitor data answered 403');
  });

  it('reads the token from the consent cookie, and nothing from a cookie without one', () => {
    const storage = createStorage(document, () => localStorage);
    document.cookie = `cm_consent_site=${cookieOf({ visitorId: visitor.visitorId, visitorToken: visitor.token })}; path=/`;
    expect(readVisitorToken(storage, 'cm_consent_site')).toEqual(visitor);

    document.cookie = `cm_consent_site=${cookieOf({ visitorToken: visitor.token })}; path=/`;
    expect(readVisitorToken(storage, 'cm_consent_site')).toEqual(visitor);

    document.cookie = `cm_consent_site=${cookieOf({ visitorId: visitor.visitorId })}; path=/`;
    expect(readVisitorToken(storage, 'cm_consent_site')).toBeNull();
    expect(readVisitorToken(storage, 'cm_missing')).toBeNull();
  });
});

describe('my data buttons', () => {
  it('download saves the JSON; delete asks once more, then erases and forgets the visitor', async () => {
    const client = { download: vi.fn(async () => '{}'), erase: vi.fn(async () => undefined) };
    const onErased = vi.fn();
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    URL.createObjectURL = vi.fn(() => 'blob:data');
    URL.revokeObjectURL = vi.fn();
    const element = renderMyData({ t: en, client, visitor, onErased });
    const byText = (text: string) => Array.from(element.querySelectorAll('button')).find((b) => b.textContent === text)!;

    byText('Download my data').click();
    await vi.waitFor(() => expect(clicks).toHaveBeenCalledOnce());
    byText('Delete my data').click();
    expect(client.erase).not.toHaveBeenCalled();
    byText('Confirm: delete everything').click();
    await vi.waitFor(() => expect(onErased).toHaveBeenCalledOnce());

    expect(client.download).toHaveBeenCalledWith(visitor.visitorId, visitor.token);
    expect(client.erase).toHaveBeenCalledWith(visitor.visitorId, visitor.token);
  });

  it('says so when the API refuses', async () => {
    const client = { download: vi.fn(async () => Promise.reject(new Error('403'))), erase: vi.fn() };
    const element = renderMyData({ t: en, client, visitor, onErased: vi.fn() });

    element.querySelector('button')!.click();

    await vi.waitFor(() => expect(element.querySelector('[role="status"]')!.textContent).toBe(en.myDataFailed));
  });
});
