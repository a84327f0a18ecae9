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

export type SiteConfigResponse = Wire<Schemas['SiteConfigResponse']>;
export type ConsentRequest = Wire<Schemas['RecordConsentRequest']>;
export type Language = Schemas['Language'];
export type Regime = Schemas['Regime'];
export type Action = Schemas['ConsentAction'];
