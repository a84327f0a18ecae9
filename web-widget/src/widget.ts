import type { SiteConfig, WidgetConfig } from './config';
import { CHANGE_EVENT, CONSENT_COOKIE_PREFIX, DAY_MS, NOTICE_KEY_PREFIX, QUEUE_KEY_PREFIX } from './constants';
import { createApiClient } from './core/api-client';
import { createBlocker, type Blocker } from './core/blocker';
import { pushConsentUpdate, type GtagWindow } from './core/consent-mode';
import {
  createConsentState,
  decodeRecord,
  encodeRecord,
  toPublicState,
  type Choices,
  type ConsentState,
  type PublicState,
} from './core/consent-state';
import { newVisitorId, textHash } from './core/ids';
import { createQueue } from './core/queue';
import { createStorage, matchCookies } from './core/storage';
import { createVisitorDataClient, readVisitorToken } from './core/visitor-data';
import { en } from './i18n/en';
import { nl, type Messages } from './i18n/nl';
import { renderMyData } from './ui/my-data';
import { mountUi, type Ui } from './ui/ui';

// Wires the headless core to the page: storage, the API and its retry queue, tag blocking,
// Consent Mode and the UI. Every decision goes through commit(), so they all behave alike.

export type Listener = (state: PublicState | null) => void;
export type Widget = ReturnType<typeof startWidget>;

interface Loaded {
  config: SiteConfig;
  state: ConsentState;
  t: Messages;
  ui: Ui;
  blocker: Blocker;
  hash: string;
}

function whenBodyExists(doc: Document): Promise<void> {
  return new Promise((resolve) =>
    doc.body ? resolve() : doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

export function startWidget(win: Window & GtagWindow, options: WidgetConfig) {
  const doc = win.document;
  const storage = createStorage(doc, () => win.localStorage);
  const api = createApiClient(options.apiBase, options.siteId, (...args) => win.fetch(...args));
  const key = options.siteId.replace(/[^\w-]/g, '_');
  const cookieName = CONSENT_COOKIE_PREFIX + key;
  const noticeKey = NOTICE_KEY_PREFIX + key;
  const stored = decodeRecord(storage.getCookie(cookieName));
  const visitorId = stored?.visitorId ?? newVisitorId();
  const queue = createQueue({ storage, key: QUEUE_KEY_PREFIX + key, send: api.sendConsent });
  const visitorData = createVisitorDataClient(options.apiBase, options.siteId, (...args) => win.fetch(...args));
  const listeners = new Set<Listener>();
  let loaded: Loaded | null = null;

  // Receipts left undelivered by an earlier page go out first.
  void queue.flush();
  win.addEventListener('online', () => void queue.flush());

  const ready = Promise.all([api.loadConfig(options.language, visitorId), whenBodyExists(doc)]).then(([config]) => {
    const state = createConsentState({ config, record: stored, visitorId, gpc: options.gpc });
    const t = config.language === 'en' ? en : nl;
    const shown = [config.language, config.controller, config.purposes.map((p) => [p.id, p.version, p.title, p.description])];
    const hash = textHash(JSON.stringify([...shown, t.acceptAll, t.rejectAll, t.settings, t.save, t.withdraw]));
    const blocker = createBlocker(doc, state.allows);
    const ui = mountUi(doc, config, t, state, {
      answerPrompt: (prompt, granted) => commit(Object.fromEntries(prompt.purposes.map(({ id }) => [id, granted]))),
      save: (choices) => commit(choices),
      withdraw: () => commit({}, true),
      dismissNotice() {
        storage.setItem(noticeKey, String(Date.now() + config.consentLifetimeDays * DAY_MS));
        ui.showPrompt(null);
      },
      myData() {
        const visitor = readVisitorToken(storage, cookieName);
        const onErased = () => (storage.deleteCookie(cookieName), win.location.reload());
        return visitor && renderMyData({ t, client: visitorData, visitor, onErased });
      },
    });
    loaded = { config, state, t, ui, blocker, hash };
    enforce({});
    blocker.observe();
    ui.showPrompt(promptToShow());
  });
  ready.catch((error) => console.warn(error));

  function promptToShow() {
    const prompt = loaded!.state.prompt();
    // A notice needs no answer: once closed it stays away as long as a consent would.
    const noticeClosed = Number(storage.getItem(noticeKey)) > Date.now();
    return prompt && (prompt.kind === 'consent' || prompt.kind === 'update' || !noticeClosed) ? prompt : null;
  }

  /** Applies what is now in effect; `before` is what was in effect until now. */
  function enforce(before: Choices) {
    const { config, state, blocker } = loaded!;
    const now = state.effective();
    const revoked = Object.keys(before).filter((id) => before[id] && !now[id]);
    for (const name of matchCookies(storage.cookieNames(), state.cookiesOf(revoked))) storage.deleteCookie(name);
    blocker.apply();
    // Without a decision under opt-in, the all-denied default already says everything.
    if (config.features.consentModeV2 && (state.record() || config.regime !== 'opt-in')) pushConsentUpdate(win, now);
  }

  function commit(answers: Choices, withdraw = false) {
    if (!loaded) return;
    const { config, state, t, ui, hash } = loaded;
    const before = state.effective();
    const record = state.decide(answers, withdraw);
    storage.setCookie(cookieName, encodeRecord(record), config.consentLifetimeDays * (DAY_MS / 1000));
    enforce(before);
    ui.showPrompt(promptToShow());
    ui.announce(t.saved);
    const { action, choices, purposeVersions, receiptId } = record;
    void queue.add({ receiptId, visitorId: record.visitorId, action, choices, purposeVersions, language: config.language, textHash: hash });
    emit();
  }

  const get = () => toPublicState(loaded?.state.record() ?? null);

  function emit() {
    const detail = get();
    for (const listener of listeners) {
      // One failing site callback must not keep the others (or the event) from running.
      try {
        listener(detail);
      } catch (error) {
        console.error(error);
      }
    }
    doc.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail }));
  }

  const afterReady = (action: () => void) => ready.then(action);

  return {
    ready,
    get,
    has: (purpose: string) => loaded?.state.effective()[purpose] === true,
    onChange(listener: Listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    open: () => afterReady(() => loaded!.ui.open()),
    acceptAll: () => afterReady(() => commit(loaded!.state.all(true))),
    rejectAll: () => afterReady(() => commit(loaded!.state.all(false))),
    withdraw: () => afterReady(() => commit({}, true)),
    visitorId: () => loaded?.state.record()?.visitorId ?? visitorId,
  };
}
