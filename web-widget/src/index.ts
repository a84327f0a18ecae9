// The widget's one public entry: the script a site embeds.
import { readWidgetConfig } from './config';
import { installConsentMode } from './core/consent-mode';
import { createFacade, type ConsentManagerApi } from './facade';
import { startWidget } from './widget';

declare global {
  interface Window {
    ConsentManager?: ConsentManagerApi;
  }
}

// An embed tag pasted twice must not stack two banners or send two receipts.
if (!window.ConsentManager) {
  installConsentMode(window);
  const options = readWidgetConfig(document, navigator);
  if (options) window.ConsentManager = createFacade(startWidget(window, options));
  else console.warn('ConsentManager: no script tag with data-site-id found');
}
