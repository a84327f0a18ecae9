import type { VisitorDataClient } from '../core/visitor-data';
import type { Messages } from '../i18n/nl';
import { button, h } from './dom';

// "Download my data" and "Delete my data" in the settings dialog. Deleting asks once more on the same button: it
// cannot be undone. After deletion the page reloads without the consent cookie, as a new visitor.

export interface MyDataOptions {
  t: Messages;
  client: VisitorDataClient;
  visitor: { visitorId: string; token: string };
  /** Called after a successful erasure: forget the visitor locally. */
  onErased: () => void;
}

export function renderMyData({ t, client, visitor, onErased }: MyDataOptions): HTMLElement {
  const status = h('p', { role: 'status' });
  const attempt = (action: () => Promise<void>) => () =>
    void action().catch(() => {
      status.textContent = t.myDataFailed;
    });

  const download = attempt(async () => {
    const json = await client.download(visitor.visitorId, visitor.token);
    const link = h('a', { href: URL.createObjectURL(new Blob([json], { type: 'application/json' })), download: 'my-consent-data.json' });
    link.click();
    // The browser reads the blob after the click returns: release it a while later, not at once.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  });

  let confirming = false;
  const erase: HTMLButtonElement = button(
    t.eraseData,
    attempt(async () => {
      if (!confirming) {
        confirming = true;
        erase.textContent = t.eraseConfirm;
        return;
      }
      await client.erase(visitor.visitorId, visitor.token);
      onErased();
    }),
  );

  return h('div', { class: 'my-data' }, h('div', { class: 'actions' }, button(t.downloadData, download), erase), status);
}
