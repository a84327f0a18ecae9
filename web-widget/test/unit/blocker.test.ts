import { afterEach, describe, expect, it } from 'vitest';
import { createBlocker, parsePurposes } from '../../src/core/blocker';

const granted = new Set<string>();
const allows = (purposes: string[], vendor: string | null) =>
  purposes.length > 0 && purposes.every((p) => granted.has(p)) && (vendor !== 'IP Vendor' || granted.has('ip_processing'));

afterEach(() => {
  document.body.innerHTML = '';
  granted.clear();
});

const flushMutations = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('tag blocking', () => {
  it('parses purposes separated by spaces and commas', () => {
    expect(parsePurposes(' analytics, retargeting  ip_processing,')).toEqual(['analytics', 'retargeting', 'ip_processing']);
    expect(parsePurposes(null)).toEqual([]);
  });

  it('leaves tags inert until their purposes are granted', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" src="https://tags.test/a.js"></script>
      <iframe data-consent="retargeting" data-src="https://video.test/embed"></iframe>
      <img data-consent="analytics" data-src="https://pixel.test/p.gif">`;
    createBlocker(document, allows).apply();
    expect(document.querySelector('script')!.type).toBe('text/plain');
    expect(document.querySelector('iframe')!.hasAttribute('src')).toBe(false);
    expect(document.querySelector('img')!.hasAttribute('src')).toBe(false);
  });

  it('replaces a granted script with an executable copy that keeps its attributes and order', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" src="https://tags.test/a.js" id="ga" crossorigin="anonymous"></script>
      <script type="text/plain" data-consent="analytics" data-type="module">window.inline = 1</script>`;
    granted.add('analytics');
    createBlocker(document, allows).apply();
    const [external, inline] = Array.from(document.querySelectorAll('script'));
    expect(external.type).toBe('text/javascript');
    expect(external.id).toBe('ga');
    expect(external.getAttribute('crossorigin')).toBe('anonymous');
    expect(external.src).toBe('https://tags.test/a.js');
    expect(external.async).toBe(false);
    expect(inline.type).toBe('module');
    expect(inline.text).toBe('window.inline = 1');
  });

  it('needs every listed purpose', () => {
    document.body.innerHTML = '<iframe data-consent="analytics,retargeting" data-src="https://video.test/e"></iframe>';
    granted.add('analytics');
    const blocker = createBlocker(document, allows);
    blocker.apply();
    expect(document.querySelector('iframe')!.hasAttribute('src')).toBe(false);
    granted.add('retargeting');
    blocker.apply();
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://video.test/e');
  });

  it('passes the vendor along, so an IP-sending vendor also needs ip_processing', () => {
    document.body.innerHTML = '<img data-consent="analytics" data-consent-vendor="IP Vendor" data-src="https://pixel.test/p.gif">';
    granted.add('analytics');
    const blocker = createBlocker(document, allows);
    blocker.apply();
    expect(document.querySelector('img')!.hasAttribute('src')).toBe(false);
    granted.add('ip_processing');
    blocker.apply();
    expect(document.querySelector('img')!.getAttribute('src')).toBe('https://pixel.test/p.gif');
  });

  it('activates each tag at most once', () => {
    document.body.innerHTML = '<iframe data-consent="analytics" data-src="https://video.test/e"></iframe>';
    granted.add('analytics');
    const blocker = createBlocker(document, allows);
    blocker.apply();
    const iframe = document.querySelector('iframe')!;
    iframe.setAttribute('src', 'about:blank#navigated');
    blocker.apply();
    expect(iframe.getAttribute('src')).toBe('about:blank#navigated');
  });

  it('handles tags added to the page later', async () => {
    granted.add('analytics');
    createBlocker(document, allows).observe();
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<iframe data-consent="analytics" data-src="https://video.test/late"></iframe>';
    document.body.append(wrapper);
    const blocked = document.createElement('iframe');
    blocked.dataset.consent = 'retargeting';
    blocked.dataset.src = 'https://video.test/blocked';
    document.body.append(blocked);
    await flushMutations();
    expect(wrapper.querySelector('iframe')!.getAttribute('src')).toBe('https://video.test/late');
    expect(blocked.hasAttribute('src')).toBe(false);
  });
});
