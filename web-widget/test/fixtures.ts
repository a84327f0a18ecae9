import type { Purpose, PurposeRole, SiteConfig } from '../src/config';

// The recruitment template's purposes, as the config endpoint returns them.
export function recruitmentPurposes(versions: Partial<Record<string, number>> = {}): Purpose[] {
  const roles: Record<string, PurposeRole> = { retargeting: 'advertising', job_alert_marketing: 'marketing' };
  const purpose = (id: string, title: string, vendors: Purpose['vendors']): Purpose => ({
    id,
    role: roles[id] ?? (id as PurposeRole),
    version: versions[id] ?? 1,
    title,
    description: `Waarvoor ${title.toLowerCase()} dient.`,
    vendors,
  });
  return [
    purpose('analytics', 'Statistieken', [
      { name: 'Google Analytics', cookieLifetimeDays: 395, sendsIp: true, cookies: ['_ga', '_ga_*'] },
    ]),
    purpose('retargeting', 'Retargeting', [
      { name: 'Meta Pixel', cookieLifetimeDays: 90, sendsIp: true, cookies: ['_fbp'] },
      { name: 'Shared Tag', cookieLifetimeDays: 30, sendsIp: false, cookies: ['_ga'] },
    ]),
    purpose('ip_processing', 'IP-adres', []),
    purpose('job_alert_marketing', 'Vacaturemails', [
      { name: 'Mailer', cookieLifetimeDays: 30, sendsIp: false, cookies: [] },
    ]),
  ];
}

export const VISITOR_ID = 'visitor-aaaaaaaaaaaaaaa';
export const VISITOR_TOKEN = `${VISITOR_ID}.token-aaaaaaaaaaaaaaaaaaaaa`;
export const TEXT_HASH = `sha256:${'ab'.repeat(32)}`;

/** The banner texts as the API sends them for the demo site in Dutch, the controller filled in. */
export const BANNER_TEXTS: SiteConfig['texts'] = {
  bannerTitle: 'Cookies en privacy',
  intro: 'Demo Vacatures B.V. gebruikt cookies en vergelijkbare technieken voor:',
  introUpdate: 'Demo Vacatures B.V. heeft dit gewijzigd en vraagt je opnieuw om toestemming:',
  introOptOut: 'Demo Vacatures B.V. gebruikt cookies en vergelijkbare technieken voor het volgende. Je kunt dit weigeren.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  settings: 'Instellingen',
};

export function siteConfig(overrides: Partial<SiteConfig> = {}): SiteConfig {
  return {
    siteId: 'demo-jobboard',
    visitorId: VISITOR_ID,
    visitorToken: VISITOR_TOKEN,
    textHash: TEXT_HASH,
    texts: BANNER_TEXTS,
    language: 'nl',
    controller: { name: 'Demo Vacatures B.V.', privacyPolicyUrl: 'https://jobs.example.nl/privacy' },
    consentLifetimeDays: 182,
    purposes: recruitmentPurposes(),
    regime: 'opt-in',
    country: 'NL',
    gpc: false,
    features: { consentModeV2: true, bannerVariant: 'bar' },
    ...overrides,
  };
}
