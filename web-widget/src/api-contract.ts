import type { components } from './generated/api';

// The API's HTTP contract as the widget sees it, derived from the OpenAPI snapshot
// (contracts/openapi.v1.json, turned into src/generated/api.d.ts by `npm run gen`), so a changed
// contract breaks this build instead of production.

type Schemas = components['schemas'];

// ASP.NET declares integers as "integer or numeric string" because it reads both; it only ever
// writes JSON numbers, which is all the widget receives.
type Wire<T> = number extends T
  ? Exclude<T, string>
  : T extends (infer Item)[]
    ? Wire<Item>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

// Issue 7's contract additions (CONTRACTS.md), until the snapshot is regenerated from the API that has them.
type Role = 'analytics' | 'advertising' | 'ip_processing' | 'marketing' | 'functional';
type BannerTexts = Record<'bannerTitle' | 'intro' | 'introUpdate' | 'introOptOut' | 'acceptAll' | 'rejectAll' | 'settings', string>;
type ConfigAdditions = { visitorId: string; visitorToken: string; textHash: string; texts: BannerTexts };
type RequestAdditions = { visitorToken?: string | null; source?: 'widget' | 'api'; userActivation?: boolean; defaulted?: string[] | null };

export type SiteConfigResponse = Omit<Wire<Schemas['SiteConfigResponse']>, 'purposes'> &
  ConfigAdditions & { purposes: (Wire<Schemas['LocalizedPurpose']> & { role: Role })[] };
export type ConsentRequest = Wire<Schemas['RecordConsentRequest']> & RequestAdditions;
export type Language = Schemas['Language'];
export type Regime = Schemas['Regime'];
export type Action = Schemas['ConsentAction'];
