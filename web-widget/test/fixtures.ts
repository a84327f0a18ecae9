import type { Purpose, SiteConfig } from '../src/config';

// The recruitment template's purposes, as the config endpoint returns them.
export function recruitmentPurposes(versions: Partial<Record<string, number>> = {}): Purpose[] {
  const purpose = (id: string, title: string, vendors: Purpose['vendors']): Purpose => ({
    id,
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

export function siteConfig(overrides: Partial<SiteConfig> = {}): SiteConfig {
  return {
    siteId: 'demo-jobboard',
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
