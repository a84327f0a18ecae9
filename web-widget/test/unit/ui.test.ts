import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteConfig } from '../../src/config';
import { createConsentState, type ConsentState } from '../../src/core/consent-state';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { mountUi, type UiActions } from '../../src/ui/ui';
import { siteConfig } from '../fixtures';

function mount(options: { config?: SiteConfig; gpc?: boolean; state?: ConsentState } = {}) {
  const config = options.config ?? siteConfig();
  const state = options.state ?? createConsentState({ config, record: null, gpc: options.gpc ?? false });
  const actions: UiActions = { answerPrompt: vi.fn(), save: vi.fn(), withdraw: vi.fn(), dismissNotice: vi.fn() };
  const ui = mountUi(document, config, config.language === 'en' ? en : nl, state, actions);
  const root = document.getElementById('consentmanager')!.shadowRoot!;
  const byText = (text: string) => Array.from(root.querySelectorAll('button')).find((b) => b.textContent === text)!;
  return { ui, root, actions, state, byText };
}

const key = (target: Element, init: KeyboardEventInit) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('banner', () => {
  it('is a labelled, non-modal region naming the controller, the purposes and the privacy policy', () => {
    const { ui, root, state } = mount();
    ui.showPrompt(state.prompt());
    const banner = root.querySelector('[role="region"]')!;
    expect(banner.getAttribute('aria-label')).toBe('Cookie-toestemming');
    expect(banner.getAttribute('aria-modal')).toBeNull();
    expect(root.querySelector('.backdrop')).toBeNull();
    expect(banner.textContent).toContain('Demo Vacatures B.V.');
    expect(Array.from(banner.querySelectorAll('li strong'), (s) => s.textContent)).toEqual(['Statistieken', 'Retargeting', 'IP-adres', 'Vacaturemails']);
    expect(banner.querySelector('a')!.getAttribute('href')).toBe('https://jobs.example.nl/privacy');
  });

  it('offers accept and reject as the same element with the same styling, one click each', () => {
    const { ui, state, actions, byText } = mount();
    const prompt = state.prompt();
    ui.showPrompt(prompt);
    const accept = byText('Alles accepteren');
    const reject = byText('Alles weigeren');
    expect(reject.tagName).toBe(accept.tagName);
    expect(reject.className).toBe(accept.className);
    expect(byText('Instellingen').className).toBe(accept.className);
    reject.click();
    expect(actions.answerPrompt).toHaveBeenCalledWith(prompt, false);
    accept.click();
    expect(actions.answerPrompt).toHaveBeenLastCalledWith(prompt, true);
  });

  it('shows the first layer in the words the API sent, which it archives under the text hash', () => {
    const texts = { ...siteConfig().texts, bannerTitle: 'Archived title', intro: 'Archived intro', acceptAll: 'Yes to all', rejectAll: 'No to all', settings: 'Choose' };
    const { ui, root, state, byText } = mount({ config: siteConfig({ language: 'en', texts }) });
    ui.showPrompt(state.prompt());
    const banner = root.querySelector('[role="region"]')!;
    expect(banner.querySelector('h2')!.textContent).toBe('Archived title');
    expect(banner.querySelector('p')!.textContent).toBe('Archived intro');
    expect([byText('Yes to all'), byText('No to all'), byText('Choose')].every(Boolean)).toBe(true);
    expect(banner.getAttribute('aria-label')).toBe('Cookie consent');
  });

  it('styles the shadow root with a constructed stylesheet, no inline <style> (strict CSP)', () => {
    const { root } = mount();
    expect(root.querySelector('style')).toBeNull();
    // vitest does not process CSS imports, so the rules themselves are checked in Chromium (E2E, StrictCspTests).
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(root.adoptedStyleSheets[0]).toBeInstanceOf(CSSStyleSheet);
  });

  it('does not link a privacy policy URL that is not http(s)', () => {
    const config = siteConfig({ controller: { name: 'X', privacyPolicyUrl: 'javascript:alert(1)' } });
    const { ui, root, state } = mount({ config });
    ui.showPrompt(state.prompt());
    expect(root.querySelector('a')).toBeNull();
  });

  it('hides the floating button while the banner is shown, and brings it back after', () => {
    const { ui, root, state } = mount();
    const floating = root.querySelector<HTMLButtonElement>('.floating')!;
    expect(floating.getAttribute('aria-label')).toBe('Cookie-instellingen');
    ui.showPrompt(state.prompt());
    expect(floating.hidden).toBe(true);
    ui.showPrompt(null);
    expect(floating.hidden).toBe(false);
    expect(root.querySelector('[role="region"]')).toBeNull();
  });

  it('shows the opt-out notice with reject, settings and close', () => {
    const config = siteConfig({ regime: 'opt-out' });
    const { ui, state, actions, byText } = mount({ config });
    ui.showPrompt(state.prompt());
    expect(byText('Weigeren')).toBeTruthy();
    byText('Sluiten').click();
    expect(actions.dismissNotice).toHaveBeenCalled();
  });
});

describe('preferences dialog', () => {
  function openFromBanner() {
    const mounted = mount();
    mounted.ui.showPrompt(mounted.state.prompt());
    const settings = mounted.byText('Instellingen');
    settings.focus();
    settings.click();
    const dialog = mounted.root.querySelector<HTMLElement>('[role="dialog"]')!;
    return { ...mounted, settings, dialog };
  }

  it('is a labelled modal dialog that takes focus, with every switch off by default', () => {
    const { root, dialog } = openFromBanner();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Cookie-instellingen');
    expect(dialog.contains(root.activeElement)).toBe(true);
    const switches = Array.from(dialog.querySelectorAll<HTMLInputElement>('[role="switch"]'));
    expect(switches).toHaveLength(4);
    expect(switches.every((s) => !s.checked && s.labels?.length === 1)).toBe(true);
  });

  it('lists vendors with cookie lifetimes and whether they receive the IP address', () => {
    const { dialog } = openFromBanner();
    expect(dialog.textContent).toContain('Google Analytics: bewaartermijn 395 dagen; Cookies: _ga, _ga_*; ontvangt je IP-adres');
  });

  it.each(['Escape', 'close', 'outside'])('closes on %s without granting anything, back to the opener', (how) => {
    const { root, dialog, actions, settings } = openFromBanner();
    if (how === 'Escape') key(dialog, { key: 'Escape' });
    if (how === 'close') root.querySelector<HTMLButtonElement>('[aria-label="Sluiten"]')!.click();
    if (how === 'outside') root.querySelector<HTMLElement>('.backdrop')!.click();
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(Object.values(actions).every((action) => vi.mocked(action).mock.calls.length === 0)).toBe(true);
    expect(root.querySelector('[role="region"]')).not.toBeNull();
    expect(root.activeElement).toBe(settings);
  });

  it('traps focus: Tab from the last control wraps to the first, Shift+Tab back', () => {
    const { root, dialog } = openFromBanner();
    const focusable = Array.from(dialog.querySelectorAll<HTMLElement>('button, input, a[href], summary'));
    focusable[focusable.length - 1].focus();
    key(dialog, { key: 'Tab' });
    expect(root.activeElement).toBe(focusable[0]);
    key(dialog, { key: 'Tab', shiftKey: true });
    expect(root.activeElement).toBe(focusable[focusable.length - 1]);
  });

  it('saves only the switches the visitor moved; the others keep what is in effect (a refusal under opt-in)', () => {
    const { dialog, actions, byText } = openFromBanner();
    dialog.querySelector<HTMLInputElement>('[name="job_alert_marketing"]')!.click();
    dialog.querySelector<HTMLInputElement>('[name="analytics"]')!.click();
    dialog.querySelector<HTMLInputElement>('[name="analytics"]')!.click();
    byText('Keuze opslaan').click();
    expect(actions.save).toHaveBeenCalledWith({ job_alert_marketing: true });
  });

  it('shows the current state and offers withdrawal once something is granted', () => {
    const config = siteConfig();
    const state = createConsentState({ config, record: null, gpc: false });
    const { ui, root, byText, actions } = mount({ config, state });
    expect(byText('Toestemming intrekken')).toBeUndefined();
    state.decide({ analytics: true });
    ui.open();
    expect(root.querySelector<HTMLInputElement>('[name="analytics"]')!.checked).toBe(true);
    byText('Toestemming intrekken').click();
    expect(actions.withdraw).toHaveBeenCalled();
    expect(root.querySelector('[role="dialog"]')).toBeNull();
  });

  it('disables retargeting under Global Privacy Control and says why', () => {
    const { ui, root } = mount({ gpc: true });
    ui.open();
    const toggle = root.querySelector<HTMLInputElement>('[name="retargeting"]')!;
    expect(toggle.disabled).toBe(true);
    expect(root.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).toContain(
      'Uitgeschakeld door je Global Privacy Control-instelling',
    );
  });

  it('opens from any element with data-consent-open, and returns focus to it', () => {
    const { root } = mount();
    document.body.insertAdjacentHTML('beforeend', '<a href="#" data-consent-open><span>Cookies</span></a>');
    const link = document.querySelector<HTMLAnchorElement>('[data-consent-open]')!;
    link.focus();
    link.querySelector('span')!.click();
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
    key(root.querySelector('[role="dialog"]')!, { key: 'Escape' });
    expect(document.activeElement).toBe(link);
  });

  it('returns focus to the focused page element when opened from script', () => {
    const { ui, root } = mount();
    document.body.insertAdjacentHTML('beforeend', '<button id="apply">Solliciteer</button>');
    const apply = document.getElementById('apply')!;
    apply.focus();
    ui.open();
    expect(root.activeElement).not.toBeNull();
    key(root.querySelector('[role="dialog"]')!, { key: 'Escape' });
    expect(document.activeElement).toBe(apply);
  });

  it('announces a saved choice in a live status region', () => {
    const { ui, root } = mount();
    ui.announce(nl.saved);
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('Je keuze is opgeslagen');
  });
});

describe('update from fresh config', () => {
  it('draws an open dialog again from the new config, so nothing is saved on what is no longer shown', () => {
    const { ui, root, actions } = mount();
    ui.open();
    const fresh = siteConfig({ language: 'en', purposes: siteConfig().purposes.slice(0, 1) });
    ui.update(fresh, en, createConsentState({ config: fresh, record: null, gpc: false }), true);
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.querySelectorAll('[role="switch"]')).toHaveLength(1);
    expect(root.querySelector('.floating')!.getAttribute('aria-label')).toBe(en.floatingButton);
    expect(root.activeElement && dialog.contains(root.activeElement)).toBe(true);
    expect(actions.save).not.toHaveBeenCalled();
  });

  it('keeps keyboard focus in a banner drawn again', () => {
    const { ui, root, state } = mount();
    ui.showPrompt(state.prompt());
    root.querySelector<HTMLElement>('[role="region"] button')!.focus();
    ui.showPrompt(state.prompt());
    expect(root.querySelector('[role="region"]')!.contains(root.activeElement)).toBe(true);
  });
});
