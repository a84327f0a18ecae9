import type { SiteConfig } from '../config';
import type { Prompt } from '../core/consent-state';
import type { Messages } from '../i18n/nl';
import { button, h, safeLink } from './dom';

export interface BannerOptions {
  prompt: Prompt;
  config: SiteConfig;
  t: Messages;
  onAccept: () => void;
  onReject: () => void;
  onSettings: (opener: HTMLElement) => void;
  onClose: () => void;
}

/**
 * The first layer. It is a labelled region, not a modal: the page stays usable behind it (no
 * cookie wall). Accept and reject are the same element with the same class, so neither is
 * easier to see or to reach.
 */
export function renderBanner(options: BannerOptions): HTMLElement {
  const { prompt, config, t } = options;
  // The first layer's words come from the API, which archives them: the receipt's textHash names
  // exactly what the visitor read here.
  const { texts } = config;
  const { kind } = prompt;
  const intro = kind === 'update' ? texts.introUpdate : kind === 'opt-out' ? texts.introOptOut : texts.intro;
  const settings = button(texts.settings, () => options.onSettings(settings));
  const reject = (label: string) => button(label, options.onReject);
  const close = () => button(t.close, options.onClose);
  const actions =
    kind === 'opt-out'
      ? [reject(t.reject), settings, close()]
      : kind === 'notice'
        ? [close(), settings]
        : [button(texts.acceptAll, options.onAccept), reject(texts.rejectAll), settings];

  return h(
    'section',
    { class: `banner is-${config.features.bannerVariant}`, role: 'region', 'aria-label': t.bannerLabel },
    h('h2', {}, texts.bannerTitle),
    h('p', {}, intro),
    h('ul', {}, ...prompt.purposes.map((purpose) => h('li', {}, h('strong', {}, purpose.title), ': ', purpose.description))),
    safeLink(config.controller.privacyPolicyUrl, t.privacyPolicy),
    h('div', { class: 'actions' }, ...actions),
  );
}
