import type { SiteConfig, WidgetConfig } from './config';
import { CHANGE_EVENT, CONSENT_COOKIE_PREFIX, DAY_MS, NOTICE_KEY_PREFIX } from './constants';
import { createApiClient } from './core/api-client';
import { createBlocker, type Blocker } from './core/blocker';
import { createConfigCache, published, UNNAMED } from './core/config-cache';
import { pushConsentUpdate, type GtagWindow } from './core/consent-mode';
import { createConsentState, toPublicState, type Choices, type ConsentState, type PublicState } from './core/consent-state';
import { reportImpression } from './core/impressions';
import { createLedger } from './core/ledger';
import { rebuildReceipt, restate, toReceipt, type Receipt } from './core/receipts';
import { createStorage, matchCookies } from './core/storage';
import { createVisitorDataClient, readVisitorToken } from './core/visitor-data';
import { en } from './i18n/en';
import { nl, type Messages } from './i18n/nl';
import { renderMyData } from './ui/my-data';
import { mountUi, type Ui } from './ui/ui';

// Wires the headless core to the page: storage, the API and its receipt ledger, tag blocking,
// Consent Mode and the UI. Every decision goes through commit(), so they all behave alike.
// A returning visitor's banner is drawn from the cached config while /config is asked again; tags and
// Consent Mode wait for the API's answer, which replaces the cached state before it is applied.

export type Listener = (state: PublicState | null) => void;
export type Widget = ReturnType<typeof startWidget>;

interface Loaded {
  config: SiteConfig;
  state: ConsentState;
  t: Messages;
  ui: Ui;
}

const NO_ACTIVATION =
  'ConsentManager: a grant needs a user gesture (call it from a click or key handler); nothing was recorded';

function whenBodyExists(doc: Document): Promise<void> {
  return new Promise((resolve) =>
    doc.body ? resolve() : doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

// After the frame that shows the banner is painted (a timer queued from an animation frame), so
// nothing but /config is on the network before the banner; a hidden tab reports once it is seen.
const afterPaint = (win: Window, action: () => void) => win.requestAnimationFrame(() => win.setTimeout(action));

export function startWidget(win: Window & GtagWindow, options: WidgetConfig) {
  const doc = win.document;
  const storage = createStorage(doc, () => win.localStorage);
  const api = createApiClient(options.apiBase, options.siteId, (...args) => win.fetch(...args));
  const key = options.siteId.replace(/[^\w-]/g, '_');
  const noticeKey = NOTICE_KEY_PREFIX + key;
  const cookieName = CONSENT_COOKIE_PREFIX + key;
  const ledger = createLedger({ storage, api, key, language: options.language, onRebuilt });
  const visitorData = createVisitorDataClient(options.apiBase, options.siteId, (...args) => win.fetch(...args));
  const cache = createConfigCache(storage, key, options.language);
  const listeners = new Set<Listener>();
  let loaded: Loaded | null = null;
  // Created once the API has answered: until then nothing is applied, only shown and recorded.
  let blocker: Blocker | null = null;
  // What was in effect when the first decision on the cached banner was taken; applied with the answer.
  let held: Choices | null = null;
  let shownView = '';
  let reported = false;

  // Transient activation: true only inside (or just after) a click or key press of the visitor.
  const activated = () => (win.navigator as Navigator & { userActivation?: UserActivation }).userActivation?.isActive === true;

  win.addEventListener('online', () => void ledger.flush());

  // Asked first, so the request is on its way while a cached banner is drawn.
  const fresh = ledger.loadConfig();
  const body = whenBodyExists(doc);
  const cached = cache.read();
  if (cached) void body.then(() => loaded || (show(cached), drawPrompt())).catch((error) => console.warn(error));
  const ready = Promise.all([fresh, body]).then(
    ([config]) => confirm(config),
    (error) => {
      // Cached, not confirmed: the banner stays and decisions queue, but the copy is not shown again.
      cache.clear();
      if (!loaded) throw error;
      console.warn(error);
    },
  );
  ready.catch((error) => console.warn(error));

  function show(config: SiteConfig) {
    const record = loaded?.state.record() ?? ledger.stored;
    const state = createConsentState({ config, record, gpc: options.gpc });
    const t = config.language === 'en' ? en : nl;
    const redraw = loaded !== null && published(config) !== published(loaded.config);
    if (loaded) loaded.ui.update(config, t, state, redraw);
    loaded = { config, state, t, ui: loaded?.ui ?? mount(config, t, state) };
  }

  function mount(config: SiteConfig, t: Messages, state: ConsentState): Ui {
    return mountUi(doc, config, t, state, {
      answerPrompt: (prompt, granted) => decide(Object.fromEntries(prompt.purposes.map(({ id }) => [id, granted]))),
      save: (choices) => decide(choices),
      withdraw: () => commit({}, true),
      dismissNotice() {
        storage.setItem(noticeKey, String(Date.now() + loaded!.config.consentLifetimeDays * DAY_MS));
        drawPrompt();
      },
      myData() {
        const visitor = readVisitorToken(storage, cookieName);
        const onErased = () => (storage.deleteCookie(cookieName), win.location.reload());
        return visitor && renderMyData({ t: loaded!.t, client: visitorData, visitor, onErased });
      },
    });
  }

  // The API's answer: it replaces whatever a cached config put on the page, then takes effect.
  function confirm(config: SiteConfig) {
    show(config);
    adoptStoredDecision();
    ledger.persist(config, loaded!.state.record());
    cache.write(config);
    blocker = createBlocker(doc, (...args) => loaded!.state.allows(...args));
    enforce(held ?? {});
    blocker.observe();
    drawPrompt();
    // Receipts left undelivered by an earlier page go out first, now that there is a token.
    void ledger.flush();
  }

  /** Draws the prompt the state asks for, unless the very same one is on screen already. */
  function drawPrompt() {
    const { config, ui } = loaded!;
    const next = promptToShow();
    const view = published(config) + JSON.stringify(next);
    if (view === shownView) return;
    shownView = view;
    ui.showPrompt(next);
    if (!next || reported) return;
    reported = true;
    afterPaint(win, () => reportImpression(win, options.apiBase, options.siteId, config.features.bannerVariant));
  }

  // A decision stored as another visitor (a token the API no longer accepts, or a cookie of an
  // older widget without one) is recorded again for the visitor the API now names. One taken on a
  // cached banner had no visitor yet: its receipt (with the text hash of what was shown) waits in
  // the queue for this answer's token, so only the record learns whose it is.
  function adoptStoredDecision() {
    const { config, state } = loaded!;
    const record = state.record();
    if (!record || record.visitorId === config.visitorId) return;
    if (record.visitorId === UNNAMED) return state.replace({ ...record, visitorId: config.visitorId });
    const receipt = rebuildReceipt(toReceipt(record, config, false), config);
    state.replace(restate(record, receipt, config));
    void ledger.add(receipt);
  }

  function onRebuilt(previousId: string, receipt: Receipt, config: SiteConfig) {
    if (!loaded) return;
    const { state } = loaded;
    const record = state.record();
    // The cookie's decision follows its receipt, so this browser and the API keep saying the same.
    if (record?.receiptId === previousId) state.replace(restate(record, receipt, config));
    ledger.persist(config, state.record());
  }

  function promptToShow() {
    const prompt = loaded!.state.prompt();
    // A notice needs no answer: once closed it stays away as long as a consent would.
    const noticeClosed = Number(storage.getItem(noticeKey)) > Date.now();
    return prompt && (prompt.kind === 'consent' || prompt.kind === 'update' || !noticeClosed) ? prompt : null;
  }

  /** Applies what is now in effect; `before` is what was in effect until now. */
  function enforce(before: Choices) {
    // A decision on the cached banner waits for the API's config: a purpose version or the regime
    // may have changed since, and consent to an older version is no consent.
    if (!blocker) return void (held ??= before);
    const { config, state } = loaded!;
    const now = state.effective();
    const revoked = Object.keys(before).filter((id) => before[id] && !now[id]);
    for (const name of matchCookies(storage.cookieNames(), state.cookiesOf(revoked))) storage.deleteCookie(name);
    blocker.apply();
    // Without a decision under opt-in, the all-denied default already says everything.
    if (config.features.consentModeV2 && (state.record() || config.regime !== 'opt-in')) pushConsentUpdate(win, config.purposes, now);
  }

  // The UI's choices: a grant from a click the visitor did not make (a script calling click() on
  // the open shadow root's buttons) is refused like the page API's.
  function decide(answers: Choices) {
    if (Object.values(answers).includes(true) && !activated()) console.warn(NO_ACTIVATION);
    else commit(answers);
  }

  function commit(answers: Choices, withdraw = false) {
    if (!loaded) return;
    const { config, state, t, ui } = loaded;
    const before = state.effective();
    const record = state.decide(answers, withdraw);
    ledger.persist(config, record);
    enforce(before);
    drawPrompt();
    ui.announce(t.saved);
    void ledger.add(toReceipt(record, config, activated()));
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
    has: (purpose: string) => blocker !== null && loaded!.state.effective()[purpose] === true,
    onChange(listener: Listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    open: () => afterReady(() => loaded!.ui.open()),
    // Checked at the call, not after `ready`: activation is transient, and a script is not a visitor.
    acceptAll: () =>
      activated() ? afterReady(() => commit(loaded!.state.all(true))) : Promise.reject(new Error(NO_ACTIVATION)),
    rejectAll: () => afterReady(() => commit(loaded!.state.all(false))),
    withdraw: () => afterReady(() => commit({}, true)),
    visitorId: ledger.visitorId,
  };
}
