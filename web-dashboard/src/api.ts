// The stats API, called from the same origin with the key in the Authorization header: the key
// never appears in a URL, so it cannot leak through history, logs or Referer headers.
import type { Credentials } from './session';
import type { DateRange } from './dates';

export type GroupBy = 'day' | 'country' | 'regime' | 'variant' | 'device';

export interface PurposeStats {
  granted: number | null;
  denied: number | null;
  grantRate: number | null;
}

export interface StatsRow {
  key?: string;
  suppressed: boolean;
  impressions: number | null;
  decisions: number | null;
  acceptAll: number | null;
  rejectAll: number | null;
  custom: number | null;
  withdraw: number | null;
  decisionRate: number | null;
  purposes: Record<string, PurposeStats>;
}

export interface StatsResponse {
  siteId: string;
  from: string;
  to: string;
  groupBy: GroupBy;
  totals: StatsRow;
  rows: StatsRow[];
}

export interface VariantStats {
  variant: string;
  suppressed: boolean;
  impressions: number | null;
  decisions: number | null;
  acceptAll: number | null;
  acceptAllRate: number | null;
  grantRates: Record<string, number | null>;
  versusDefault: { difference: number; lower: number; upper: number; significant: boolean } | null;
}

export interface VariantsResponse {
  siteId: string;
  from: string;
  to: string;
  defaultVariant: string;
  variants: VariantStats[];
}

/** A refused call; `status` 401/403 means the key is wrong for this site. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function createStatsApi(credentials: Credentials, fetchImpl: typeof fetch) {
  const base = `/v1/sites/${encodeURIComponent(credentials.siteId)}/stats`;

  async function call(path: string, accept: string): Promise<Response> {
    const response = await fetchImpl(path, {
      headers: { Authorization: `Bearer ${credentials.key}`, Accept: accept },
      credentials: 'omit',
      cache: 'no-store',
    });
    if (response.ok) return response;
    let detail = `The stats API answered ${response.status}.`;
    try {
      detail = ((await response.json()) as { detail?: string }).detail ?? detail;
    } catch {
      // Not a problem document; keep the status line.
    }
    throw new ApiError(response.status, detail);
  }

  const query = (range: DateRange, extra = '') => `?from=${range.from}&to=${range.to}${extra}`;

  return {
    async stats(range: DateRange, groupBy: GroupBy): Promise<StatsResponse> {
      return (await call(`${base}${query(range, `&groupBy=${groupBy}`)}`, 'application/json')).json();
    },
    async variants(range: DateRange): Promise<VariantsResponse> {
      return (await call(`${base}/variants${query(range)}`, 'application/json')).json();
    },
    async csv(range: DateRange, groupBy: GroupBy): Promise<Blob> {
      return (await call(`${base}${query(range, `&groupBy=${groupBy}`)}`, 'text/csv')).blob();
    },
  };
}

export type StatsApi = ReturnType<typeof createStatsApi>;
