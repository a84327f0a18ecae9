// Every fixed name and number the widget uses, so a rename or a retuned delay happens in one place.

// First-party storage on the site's domain; each key is suffixed with the site id.
export const CONSENT_COOKIE_PREFIX = 'cm_consent_';
export const QUEUE_KEY_PREFIX = 'cm_queue_';
export const NOTICE_KEY_PREFIX = 'cm_notice_';
export const CONFIG_KEY_PREFIX = 'cm_config_';

// The request header carrying the visitor token (never a query parameter: URLs are logged).
export const VISITOR_TOKEN_HEADER = 'Visitor-Token';

export const DAY_MS = 86_400_000;

// A cached config older than this is not shown: the banner then waits for the API, as on a first visit.
export const CONFIG_CACHE_MAX_AGE_MS = DAY_MS;

// Receipt delivery retries: 1s, 2s, 4s … capped at a minute, until the API stores the receipt.
export const RETRY_BASE_MS = 1_000;
export const RETRY_MAX_MS = 60_000;

// How long the "choice saved" status stays visible; screen readers announce it at once.
export const STATUS_VISIBLE_MS = 5_000;

export const CHANGE_EVENT = 'consentmanager:change';
export const OPEN_ATTRIBUTE = 'data-consent-open';
export const HOST_ID = 'consentmanager';

// Google Consent Mode v2: everything denied until a decision, except what keeps the site secure.
export const CONSENT_MODE_DEFAULT = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
  wait_for_update: 500,
};

// Which purpose role each Consent Mode signal follows.
export const CONSENT_MODE_SIGNALS: Record<string, string[]> = {
  analytics: ['analytics_storage'],
  advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};
