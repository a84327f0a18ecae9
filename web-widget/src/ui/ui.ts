import type { SiteConfig } from '../config';
import { HOST_ID, OPEN_ATTRIBUTE, STATUS_VISIBLE_MS } from '../constants';
import type { Choices, ConsentState, Prompt } from '../core/consent-state';
import type { Messages } from '../i18n/nl';
import { renderBanner } from './banner';
import { focusFirst, renderDialog } from './dialog';
import { h } from './dom';
import { COOKIE_ICON } from './icons';
import css from './styles.css?inline';

// The UI subscribes to the headless core: it renders what the state says and hands every
// decision back through UiActions. It lives in an open shadow root so site CSS cannot restyle
// (or hide) it and its CSS cannot leak into the site.

export interface UiActions {
  /** Grants (or refuses) the purposes of the prompt on screen; other purposes keep their choice. */
  answerPrompt: (prompt: Prompt, granted: boolean) => void;
  save: (choices: Choices) => void;
  withdraw: () => void;
  dismissNotice: () => void;
  /** The visitor's own data requests for the dialog, or null while the visitor has no token. */
  myData?: () => HTMLElement | null;
}

export type Ui = ReturnType<typeof mountUi>;

export function mountUi(doc: Document, config: SiteConfig, t: Messages, state: ConsentState, actions: UiActions) {
  const host = h('div', { id: HOST_ID });
  const root = host.attachShadow({ mode: 'open' });
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const floating = h('button', { type: 'button', class: 'floating', 'aria-label': t.floatingButton, click: () => open(floating) });
  floating.innerHTML = COOKIE_ICON;
  let banner: HTMLElement | null = null;
  let dialog: HTMLElement | null = null;
  let opener: HTMLElement | null = null;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  // A constructed stylesheet, not a <style> element: a strict CSP (style-src without
  // 'unsafe-inline') blocks inline styles but not stylesheets built through the CSSOM.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  root.append(floating, status);
  // First in the body, so keyboard users meet the banner before the page's own links.
  doc.body.prepend(host);
  doc.addEventListener('click', (event) => {
    const target = (event.target as Element).closest?.(`[${OPEN_ATTRIBUTE}]`);
    if (!target) return;
    event.preventDefault();
    open(target as HTMLElement);
  });

  function showPrompt(prompt: Prompt | null) {
    const hadFocus = banner?.contains(root.activeElement) ?? false;
    banner?.remove();
    banner = prompt
      ? renderBanner({
          prompt,
          config,
          t,
          onAccept: () => actions.answerPrompt(prompt, true),
          onReject: () => actions.answerPrompt(prompt, false),
          onSettings: open,
          onClose: actions.dismissNotice,
        })
      : null;
    if (banner) root.insertBefore(banner, floating);
    // The banner already offers settings; the floating button is the way back once it is gone.
    floating.hidden = banner !== null;
    // A banner drawn again (fresh config replacing a cached one) keeps keyboard focus inside it.
    if (hadFocus) (banner ? focusFirst(banner) : floating.focus());
  }

  /**
   * Draws from `next…` from now on: the API's answer taking over from a cached config. An open
   * dialog is drawn again when `redraw`, so nothing is decided on what the visitor no longer sees.
   */
  function update(nextConfig: SiteConfig, nextT: Messages, nextState: ConsentState, redraw: boolean) {
    config = nextConfig;
    t = nextT;
    state = nextState;
    floating.setAttribute('aria-label', t.floatingButton);
    if (redraw && dialog) open(opener ?? undefined);
  }

  function open(from?: HTMLElement) {
    close();
    // Opened from script (ConsentManager.open()), focus returns to wherever it was.
    opener = from ?? ((root.activeElement ?? doc.activeElement) as HTMLElement | null);
    dialog = renderDialog({
      config,
      t,
      choices: state.effective(),
      isForcedOff: state.isForcedOff,
      onSave: (choices) => decideAndClose(() => actions.save(choices)),
      onWithdraw: () => decideAndClose(actions.withdraw),
      onClose: close,
      myData: actions.myData?.(),
    });
    root.insertBefore(dialog, status);
    focusFirst(dialog);
  }

  // Decide first, then close: focus can only return to an opener that the decision left in place.
  function decideAndClose(decide: () => void) {
    decide();
    close();
  }

  function close() {
    if (!dialog) return;
    dialog.remove();
    dialog = null;
    const target = opener?.isConnected ? opener : floating.hidden ? null : floating;
    target?.focus();
  }

  function announce(message: string) {
    status.textContent = message;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => (status.textContent = ''), STATUS_VISIBLE_MS);
  }

  return { showPrompt, open, announce, update };
}
