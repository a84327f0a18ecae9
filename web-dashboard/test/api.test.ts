import { describe, expect, it, vi } from 'vitest';
import { ApiError, createStatsApi } from '../src/api';

const range = { from: '2026-02-01', to: '2026-03-02' };

describe('stats api', () => {
  it('sends the key as a bearer header and never in the URL', async () => {
    const fetchImpl = vi.fn(async () => new Response('{"rows":[]}', { status: 200 }));
    await createStatsApi({ siteId: 'jobboard-nl', key: 'secret-key' }, fetchImpl).stats(range, 'country');
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/v1/sites/jobboard-nl/stats?from=2026-02-01&to=2026-03-02&groupBy=country');
    expect(url).not.toContain('secret-key');
    expect(init.headers).toEqual({ Authorization: 'Bearer secret-key', Accept: 'application/json' });
    expect(init.credentials).toBe('omit');
  });

  it('asks for CSV by the Accept header', async () => {
    const fetchImpl = vi.fn(async () => new Response('key,decisions\r\n', { status: 200 }));
    const blob = await createStatsApi({ siteId: 'jobboard-nl', key: 'k' }, fetchImpl).csv(range, 'day');
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>).Accept).toBe('text/csv');
    expect(await blob.text()).toBe('key,decisions\r\n');
  });

  it('turns a problem document into an ApiError with its detail', async () => {
    const problem = JSON.stringify({ status: 403, detail: 'The key lacks the scope stats:read.' });
    const fetchImpl = vi.fn(async () => new Response(problem, { status: 403 }));
    const call = createStatsApi({ siteId: 'jobboard-nl', key: 'k' }, fetchImpl).variants(range);
    await expect(call).rejects.toEqual(new ApiError(403, 'The key lacks the scope stats:read.'));
  });
});
