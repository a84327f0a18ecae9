import type { PublicState } from './core/consent-state';
import type { Listener, Widget } from './widget';

/**
 * `window.ConsentManager`, the one global the widget adds (besides dataLayer and gtag).
 * Every change also fires `consentmanager:change` on `document`, with the state as `detail`.
 */
export interface ConsentManagerApi {
  /**
   * Resolves once the API's configuration is applied and the UI is on the page; with the API
   * unreachable, once a cached configuration's UI is (decisions then wait to be applied and sent).
   */
  readonly ready: Promise<void>;
  /** The stored decision, or null when there is none (or it expired). */
  get(): PublicState | null;
  /** Whether a purpose is in effect now: granted, or allowed by an opt-out/notice regime. */
  has(purpose: string): boolean;
  /** Calls back after every change; returns the unsubscribe function. */
  onChange(listener: Listener): () => void;
  /** Opens the preferences dialog on the current state. */
  open(): Promise<void>;
  /**
   * Grants every purpose that may be asked for, only when called from the visitor's own click or
   * key press (transient user activation); otherwise it records nothing and rejects with an Error.
   */
  acceptAll(): Promise<void>;
  /** Refusing and withdrawing need no gesture: a refusal always counts. */
  rejectAll(): Promise<void>;
  withdraw(): Promise<void>;
  /** The pseudonymous visitor id the API minted; null until the config has loaded on a first visit. */
  readonly visitorId: string | null;
}

export function createFacade(widget: Widget): ConsentManagerApi {
  const { ready, get, has, onChange, open, acceptAll, rejectAll, withdraw } = widget;
  return Object.freeze({
    ready,
    get,
    has,
    onChange,
    open,
    acceptAll,
    rejectAll,
    withdraw,
    get visitorId() {
      return widget.visitorId();
    },
  });
}
