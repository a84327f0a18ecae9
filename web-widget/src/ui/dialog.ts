import type { Purpose, SiteConfig } from '../config';
import type { Choices } from '../core/consent-state';
import type { Messages } from '../i18n/nl';
import { button, h, safeLink } from './dom';
import { CLOSE_ICON } from './icons';

export interface DialogOptions {
  config: SiteConfig;
  t: Messages;
  /** The choices in effect now: the dialog always opens on the current state, and saves what changed. */
  choices: Choices;
  isForcedOff: (purposeId: string) => boolean;
  onSave: (choices: Choices) => void;
  onWithdraw: () => void;
  /** Escape, the close button and a click outside only close: none of them grants anything. */
  onClose: () => void;
  /** The visitor's own data requests (download, delete), when the visitor has a token. */
  myData?: HTMLElement | null;
}

const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),summary';

function vendorLine(t: Messages, vendor: Purpose['vendors'][number]): string {
  const cookies = vendor.cookies.length ? `; ${t.cookies}: ${vendor.cookies.join(', ')}` : '';
  return `${vendor.name}: ${t.lifetime(vendor.cookieLifetimeDays)}${cookies}${vendor.sendsIp ? `; ${t.sendsIp}` : ''}`;
}

function purposeRow(options: DialogOptions, purpose: Purpose): HTMLElement {
  const { t } = options;
  const forcedOff = options.isForcedOff(purpose.id);
  const id = `cm-${purpose.id}`;
  const toggle = h('input', {
    type: 'checkbox',
    role: 'switch',
    id,
    name: purpose.id,
    'aria-describedby': `${id}-d`,
    disabled: forcedOff,
  });
  toggle.checked = options.choices[purpose.id] === true;
  const vendors = purpose.vendors;
  return h(
    'div',
    { class: 'purpose' },
    h('div', { class: 'row' }, h('label', { for: id }, purpose.title), toggle),
    h('p', { id: `${id}-d` }, purpose.description, forcedOff && h('span', { class: 'note' }, t.gpc)),
    vendors.length > 0 &&
      h(
        'details',
        {},
        h('summary', {}, `${t.vendors} (${vendors.length})`),
        h('ul', {}, ...vendors.map((vendor) => h('li', {}, vendorLine(t, vendor)))),
      ),
  );
}

/** The second layer: a modal dialog that traps focus until it closes. */
export function renderDialog(options: DialogOptions): HTMLElement {
  const { config, t } = options;
  const rows = config.purposes.map((purpose) => purposeRow(options, purpose));
  // Only the switches the visitor moved are answers; the rest stay what they were (a preset stays
  // a preset, which the receipt reports as defaulted).
  const save = () => {
    const choices: Choices = {};
    for (const input of panel.querySelectorAll('input')) {
      if (input.checked !== (options.choices[input.name] === true)) choices[input.name] = input.checked;
    }
    options.onSave(choices);
  };
  const granted = Object.values(options.choices).includes(true);
  const close = button('', options.onClose, { class: 'btn icon', 'aria-label': t.close });
  close.innerHTML = CLOSE_ICON;
  const panel = h(
    'div',
    { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'cm-title' },
    h(
      'div',
      { class: 'row' },
      h('h2', { id: 'cm-title' }, t.dialogTitle),
      close,
    ),
    h('p', {}, config.texts.intro, ' ', safeLink(config.controller.privacyPolicyUrl, t.privacyPolicy)),
    ...rows,
    h('div', { class: 'actions' }, button(t.save, save), granted && button(t.withdraw, options.onWithdraw)),
    options.myData,
  );

  const backdrop = h('div', { class: 'backdrop' }, panel);
  backdrop.addEventListener('click', (event) => {
    if (event.target === backdrop) options.onClose();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      options.onClose();
    }
    if (event.key !== 'Tab') return;
    const focusable = Array.from(panel.querySelectorAll<HTMLElement>(FOCUSABLE));
    const active = (panel.getRootNode() as ShadowRoot).activeElement;
    const edge = event.shiftKey ? focusable[0] : focusable[focusable.length - 1];
    if (active === edge || !panel.contains(active)) {
      event.preventDefault();
      (event.shiftKey ? focusable[focusable.length - 1] : focusable[0]).focus();
    }
  });
  return backdrop;
}

export function focusFirst(dialog: HTMLElement): void {
  dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus();
}
