// Stand-in for an analytics tag (think gtag.js): it sets first-party cookies named like Google Analytics'
// _ga and _ga_<id>, which the demo site declares for its "Demo Analytics" vendor, and reports a page view.
(function () {
  var maxAge = '; max-age=' + 395 * 24 * 60 * 60 + '; path=/; SameSite=Lax';
  document.cookie = '_demo_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000) + maxAge;
  document.cookie = '_demo_ga_x=GS1.1.' + Math.floor(Date.now() / 1000) + '.1' + maxAge;
  fetch('/demo/hits/analytics', { method: 'POST' });
})();
