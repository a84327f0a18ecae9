import type { Language } from '../api-contract';
import { normalizeSiteConfig, type SiteConfig } from '../config';
import { CONFIG_CACHE_MAX_AGE_MS, CONFIG_KEY_PREFIX } from '../constants';
import type { SafeStorage } from './storage';

// The site's last /config answer, so a returning visitor's banner is drawn without waiting for the
// network (the widget asks the API again at once). Only what the site shows every visitor is kept:
// never the visitor token (the consent cookie is its one home), the visitor id, or the country and
// GPC signal the API saw.

/** The visitor id of a config read from the cache: nobody, until the API names the visitor. */
export const UNNAMED = '';

interface Entry {
  storedAt: number;
  /** The page language the config was asked for. */
  language: Language;
  config: Published;
}

type Published = Omit<SiteConfig, 'visitorId' | 'visitorToken' | 'country' | 'gpc'>;

function publish(config: SiteConfig): Published {
  const { visitorId: _id, visitorToken: _token, country: _country, gpc: _gpc, ...published } = config;
  return published;
}

/** What two configs must share to draw the same banner: all but the visitor's own fields. */
export const published = (config: SiteConfig) => JSON.stringify(publish(config));

const strings = (value: Record<string, unknown>, keys: string[]) => keys.every((key) => typeof value?.[key] === 'string');

// Enough to draw a banner from; anything else (an older widget's format, a truncated write) is ignored.
const wellFormed = (config: Published) =>
  strings(config, ['textHash', 'regime', 'language']) &&
  strings(config.controller, ['privacyPolicyUrl']) &&
  strings(config.texts, ['bannerTitle', 'intro', 'introUpdate', 'introOptOut', 'acceptAll', 'rejectAll', 'settings']) &&
  typeof config.consentLifetimeDays === 'number' &&
  config.purposes.every(
    (purpose) => strings(purpose, ['id', 'role', 'title', 'description']) && typeof purpose.version === 'number',
  );

export function createConfigCache(storage: SafeStorage, key: string, language: Language, now = Date.now) {
  const storageKey = CONFIG_KEY_PREFIX + key;

  return {
    /** The cached config of this site in this language, or null when there is none younger than the bound. */
    read(): SiteConfig | null {
      try {
        const entry: Entry = JSON.parse(storage.getItem(storageKey)!);
        const age = now() - entry.storedAt;
        if (!(age >= 0 && age < CONFIG_CACHE_MAX_AGE_MS) || entry.language !== language || !wellFormed(entry.config)) return null;
        return normalizeSiteConfig({ ...entry.config, visitorId: UNNAMED, visitorToken: '', country: null, gpc: false });
      } catch {
        return null;
      }
    },
    /** Keeps the API's answer; every answer restarts the age bound. */
    write(config: SiteConfig) {
      const entry: Entry = { storedAt: now(), language, config: publish(config) };
      storage.setItem(storageKey, JSON.stringify(entry));
    },
    clear: () => storage.removeItem(storageKey),
  };
}
