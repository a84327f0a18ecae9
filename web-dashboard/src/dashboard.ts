// Wires the page: sign-in (key into the session), the range form, loading every view, CSV download.
import { ApiError, createStatsApi, type GroupBy, type StatsApi } from './api';
import { renderBreakdown, renderVariants } from './comparisons';
import { lastDays, rangeError, type DateRange } from './dates';
import { renderOverview, renderTrends, slot } from './sections';
import { createSession, type Credentials } from './session';

const DEFAULT_DAYS = 30;

export function startDashboard(win: Window) {
  const doc = win.document;
  const session = createSession(() => win.sessionStorage);
  const byId = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const signIn = byId<HTMLFormElement>('sign-in');
  const dashboard = byId<HTMLElement>('dashboard');
  const rangeForm = byId<HTMLFormElement>('range');
  const from = byId<HTMLInputElement>('from');
  const to = byId<HTMLInputElement>('to');
  const signOut = byId<HTMLButtonElement>('sign-out');
  const status = (text: string) => (slot(doc, 'status').textContent = text);
  let api: StatsApi | null = null;

  const initial = lastDays(DEFAULT_DAYS);
  from.value = initial.from;
  to.value = initial.to;

  function show(credentials: Credentials | null) {
    api = credentials && createStatsApi(credentials, (...args) => win.fetch(...args));
    signIn.hidden = credentials !== null;
    dashboard.hidden = signOut.hidden = credentials === null;
    slot(doc, 'site').textContent = credentials ? `Site ${credentials.siteId}` : '';
    if (credentials) void load();
    else byId<HTMLInputElement>('site-id').focus();
  }

  function range(): DateRange | null {
    const chosen = { from: from.value, to: to.value };
    const error = rangeError(chosen);
    if (error) status(error);
    return error ? null : chosen;
  }

  async function guarded(work: (api: StatsApi) => Promise<void>) {
    if (!api) return;
    try {
      await work(api);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        session.clear();
        show(null);
        status(`The key was refused: ${error.message} Enter a stats:read key for this site.`);
        return;
      }
      status(error instanceof Error ? `Could not load the stats: ${error.message}` : 'Could not load the stats.');
    }
  }

  async function load() {
    const chosen = range();
    if (!chosen) return;
    status(`Loading ${chosen.from} to ${chosen.to}…`);
    await guarded(async (stats) => {
      const [byDay, byCountry, byRegime, byDevice, variants] = await Promise.all([
        stats.stats(chosen, 'day'), stats.stats(chosen, 'country'), stats.stats(chosen, 'regime'),
        stats.stats(chosen, 'device'), stats.variants(chosen),
      ]);
      renderOverview(doc, byDay.totals);
      renderTrends(doc, byDay);
      renderVariants(doc, variants);
      renderBreakdown(doc, byCountry, 'Rates by country');
      renderBreakdown(doc, byRegime, 'Rates by regime');
      renderBreakdown(doc, byDevice, 'Rates by device');
      status(`Showing ${chosen.from} to ${chosen.to}.`);
    });
  }

  async function download() {
    const chosen = range();
    const groupBy = byId<HTMLSelectElement>('csv-group').value as GroupBy;
    if (!chosen) return;
    await guarded(async (stats) => {
      const url = URL.createObjectURL(await stats.csv(chosen, groupBy));
      const link = Object.assign(doc.createElement('a'), { href: url, download: `stats-${chosen.from}-${chosen.to}-${groupBy}.csv` });
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoked later, not at once: some browsers read the blob only after click() has returned.
      win.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      status(`Downloaded the ${groupBy} rows as CSV.`);
    });
  }

  signIn.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(signIn);
    const credentials = { siteId: String(data.get('siteId')).trim(), key: String(data.get('key')).trim() };
    signIn.reset();
    session.save(credentials);
    show(credentials);
  });
  rangeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  byId<HTMLButtonElement>('csv').addEventListener('click', () => void download());
  signOut.addEventListener('click', () => {
    session.clear();
    show(null);
    status('The key is forgotten.');
  });

  show(session.get());
}
