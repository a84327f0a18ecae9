import { afterEach, describe, expect, it } from 'vitest';
import { readWidgetConfig } from '../../src/config';

function embed(attributes: string) {
  document.body.innerHTML = `<script type="text/plain" data-site-id="demo-jobboard" ${attributes}></script>`;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = '';
});

describe('reading the embed tag', () => {
  it('derives the API from the script URL up to /widget/', () => {
    embed('src="https://consent.example.com/base/widget/v1/consent.js"');
    expect(readWidgetConfig(document, navigator)).toEqual({
      siteId: 'demo-jobboard',
      apiBase: 'https://consent.example.com/base',
      language: 'nl',
      gpc: false,
    });
  });

  it('falls back to the script origin', () => {
    embed('src="https://cdn.example.com/consent.js"');
    expect(readWidgetConfig(document, navigator)?.apiBase).toBe('https://cdn.example.com');
  });

  it('lets data-api override the API', () => {
    embed('src="https://cdn.example.com/widget/v1/consent.js" data-api="https://api.example.com/"');
    expect(readWidgetConfig(document, navigator)?.apiBase).toBe('https://api.example.com');
  });

  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['nl-NL', 'nl'],
    ['de', 'nl'],
    ['', 'nl'],
  ])('reads <html lang="%s"> as %s', (lang, expected) => {
    document.documentElement.lang = lang;
    embed('');
    expect(readWidgetConfig(document, navigator)?.language).toBe(expected);
  });

  it('reads Global Privacy Control', () => {
    embed('');
    expect(readWidgetConfig(document, { globalPrivacyControl: true } as unknown as Navigator)?.gpc).toBe(true);
  });

  it('gives up without data-site-id', () => {
    document.body.innerHTML = '<script type="text/plain" src="https://x/widget/v1/consent.js"></script>';
    expect(readWidgetConfig(document, navigator)).toBeNull();
  });
});
