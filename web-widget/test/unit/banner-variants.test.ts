import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentState } from '../../src/core/consent-state';
import { nl } from '../../src/i18n/nl';
import { mountUi, type UiActions } from '../../src/ui/ui';
import { siteConfig } from '../fixtures';

// Every banner layout of the A/B test must give the same legal guarantees: reject on the first layer, as the
// same element with the same styling as accept, one action each, nothing pre-ticked, no cookie wall.
describe.each(['bar', 'dialog'] as const)('banner variant "%s"', (bannerVariant) => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function mount() {
    const config = siteConfig({ features: { consentModeV2: true, bannerVariant } });
    const state = createConsentState({ config, record: null, gpc: false });
    const actions: UiActions = { answerPrompt: vi.fn(), save: vi.fn(), withdraw: vi.fn(), dismissNotice: vi.fn() };
    const ui = mountUi(document, config, nl, state, actions);
    ui.showPrompt(state.prompt());
    const root = document.getElementById('consentmanager')!.shadowRoot!;
    const button = (text: string) => Array.from(root.querySelectorAll('button')).find((b) => b.textContent === text)!;
    return { root, actions, button, state };
  }

  it('is rendered as that variant', () => {
    const { root } = mount();
    expect(root.querySelector(`.banner.is-${bannerVariant}`)).not.toBeNull();
  });

  it('offers accept and reject on the first layer as the same element with the same styling', () => {
    const { button } = mount();
    const accept = button('Alles accepteren');
    const reject = button('Alles weigeren');
    expect(reject.tagName).toBe('BUTTON');
    expect(accept.tagName).toBe('BUTTON');
    expect(reject.className).toBe(accept.className);
    expect(reject.getAttribute('style')).toBe(accept.getAttribute('style'));
    expect(reject.parentElement).toBe(accept.parentElement);
  });

  it('refuses with one click, like accepting', () => {
    const { button, actions } = mount();
    button('Alles weigeren').click();
    expect(actions.answerPrompt).toHaveBeenCalledTimes(1);
    expect(vi.mocked(actions.answerPrompt).mock.calls[0][1]).toBe(false);
  });

  it('keeps the page usable: a non-modal region without a backdrop', () => {
    const { root } = mount();
    const banner = root.querySelector('.banner')!;
    expect(banner.getAttribute('role')).toBe('region');
    expect(banner.getAttribute('aria-modal')).toBeNull();
    expect(root.querySelector('.backdrop')).toBeNull();
  });

  it('opens settings with every purpose switched off', () => {
    const { root, button } = mount();
    button('Instellingen').click();
    const switches = Array.from(root.querySelectorAll<HTMLElement>('input[type="checkbox"], [role="switch"]'));
    expect(switches.length).toBeGreaterThanOrEqual(4);
    for (const toggle of switches) {
      const on = toggle instanceof HTMLInputElement ? toggle.checked : toggle.getAttribute('aria-checked') === 'true';
      expect(on).toBe(false);
    }
  });
});
