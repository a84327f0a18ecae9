// Turns inert tags into live ones once their purposes are granted. Sites mark them up as
//   <script type="text/plain" data-consent="analytics" src="…">  (or with inline content)
//   <iframe data-consent="…" data-src="…">, <img data-consent="…" data-src="…">
// plus an optional data-consent-vendor naming a vendor from the site's configuration.

const BLOCKED = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src],img[data-consent][data-src]';

export type Blocker = ReturnType<typeof createBlocker>;
export type Allows = (purposes: string[], vendorName: string | null) => boolean;

/** `data-consent` lists purposes separated by spaces and/or commas; all of them are required. */
export function parsePurposes(value: string | null): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

export function createBlocker(doc: Document, allows: Allows) {
  // A tag runs at most once, even if a later scan or mutation meets it again.
  const activated = new WeakSet<Element>();

  function activate(element: Element) {
    if (activated.has(element)) return;
    if (!allows(parsePurposes(element.getAttribute('data-consent')), element.getAttribute('data-consent-vendor'))) return;
    activated.add(element);
    if (element.tagName !== 'SCRIPT') {
      element.setAttribute('src', element.getAttribute('data-src')!);
      const srcset = element.getAttribute('data-srcset');
      if (srcset) element.setAttribute('srcset', srcset);
      return;
    }
    // Changing the type of an existing script does not run it; only a new element executes.
    const original = element as HTMLScriptElement;
    const script = doc.createElement('script');
    for (const { name, value } of Array.from(original.attributes)) script.setAttribute(name, value);
    script.type = original.getAttribute('data-type') || 'text/javascript';
    // Inserted scripts are async by default; blocked scripts keep the order they were written in.
    if (!original.hasAttribute('async')) script.async = false;
    // Under a strict CSP an inline script runs only with the page's nonce. Browsers hide the nonce
    // attribute from the DOM once parsed; the property still holds it, so copy that.
    script.nonce = original.nonce;
    script.text = original.text;
    activated.add(script);
    original.replaceWith(script);
  }

  function scan(root: ParentNode) {
    root.querySelectorAll(BLOCKED).forEach(activate);
  }

  return {
    /** Activates every blocked tag whose purposes are now granted. */
    apply: () => scan(doc),
    /** Also handles tags added to the page later. */
    observe() {
      new MutationObserver((mutations) => {
        for (const mutation of mutations) {
          for (const node of Array.from(mutation.addedNodes)) {
            // nodeType, not instanceof: the page's Element may come from another realm (iframes, tests).
            if (node.nodeType !== Node.ELEMENT_NODE) continue;
            if ((node as Element).matches(BLOCKED)) activate(node as Element);
            scan(node as Element);
          }
        }
      }).observe(doc.documentElement, { childList: true, subtree: true });
    },
  };
}
