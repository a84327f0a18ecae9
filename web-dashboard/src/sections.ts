// The overview: key figures, the impressions → decisions funnel, action shares and rates over time.
import type { StatsResponse, StatsRow } from './api';
import { barChart, doughnutChart, lineChart } from './charts';
import { count, percent } from './format';
import { renderTable } from './table';

export function slot(doc: Document, name: string): HTMLElement {
  const element = doc.querySelector<HTMLElement>(`[data-slot="${name}"]`);
  if (!element) throw new Error(`dashboard: missing slot ${name}`);
  return element;
}

export const canvas = (doc: Document, id: string) => doc.getElementById(id) as HTMLCanvasElement;

const share = (part: number | null, whole: number | null) => (part === null || !whole ? null : part / whole);

export function renderOverview(doc: Document, totals: StatsRow) {
  const figures: [string, string][] = [
    ['Banner impressions', count(totals.impressions)],
    ['Decisions', count(totals.decisions)],
    ['Decision rate', percent(totals.decisionRate)],
    ['Accept all', percent(share(totals.acceptAll, totals.decisions))],
  ];
  const list = doc.createElement('dl');
  list.className = 'figures';
  for (const [term, value] of figures) {
    const item = doc.createElement('div');
    item.innerHTML = '<dt></dt><dd></dd>';
    item.querySelector('dt')!.textContent = term;
    item.querySelector('dd')!.textContent = value;
    list.append(item);
  }
  slot(doc, 'figures').replaceChildren(list);
  if (totals.suppressed) {
    slot(doc, 'figures').append(Object.assign(doc.createElement('p'), {
      textContent: 'Fewer decisions than the minimum cell size in this range: numbers are suppressed.',
    }));
  }

  const steps: [string, number | null][] = [
    ['Impressions', totals.impressions],
    ['Decisions', totals.decisions],
    ['Accept all', totals.acceptAll],
  ];
  barChart(canvas(doc, 'chart-funnel'), `Funnel: ${steps.map(([label, value]) => `${label} ${count(value)}`).join(', ')}`,
    steps.map(([label]) => label), [{ label: 'Visitors', values: steps.map(([, value]) => value) }], false, true);
  slot(doc, 'table-funnel').replaceChildren(renderTable(doc, 'Impressions to decisions', [
    { header: 'Step', cell: ([label]) => label },
    { header: 'Count', cell: ([, value]) => count(value), numeric: true },
    { header: 'Of impressions', cell: ([, value]) => percent(share(value, totals.impressions)), numeric: true },
  ], steps));

  const actions: [string, number | null][] = [
    ['Accept all', totals.acceptAll],
    ['Reject all', totals.rejectAll],
    ['Custom', totals.custom],
    ['Withdraw', totals.withdraw],
  ];
  doughnutChart(canvas(doc, 'chart-actions'), `Action shares: ${actions.map(([l, v]) => `${l} ${percent(share(v, totals.decisions))}`).join(', ')}`,
    actions.map(([label]) => label), actions.map(([, value]) => value ?? 0));
  slot(doc, 'table-actions').replaceChildren(renderTable(doc, 'Decisions by action', [
    { header: 'Action', cell: ([label]) => label },
    { header: 'Decisions', cell: ([, value]) => count(value), numeric: true },
    { header: 'Share', cell: ([, value]) => percent(share(value, totals.decisions)), numeric: true },
  ], actions));
}

export function renderTrends(doc: Document, byDay: StatsResponse) {
  const purposes = Object.keys(byDay.totals.purposes);
  const days = byDay.rows.map((row) => row.key ?? '');
  lineChart(canvas(doc, 'chart-trends'), `Decision rate and grant rate per purpose per day, ${byDay.from} to ${byDay.to}; see the table below`, days, [
    { label: 'Decision rate', values: byDay.rows.map((row) => row.decisionRate) },
    ...purposes.map((purpose) => ({ label: `${purpose} granted`, values: byDay.rows.map((row) => row.purposes[purpose]?.grantRate ?? null) })),
  ]);
  slot(doc, 'table-trends').replaceChildren(renderTable(doc, 'Rates per day', [
    { header: 'Day', cell: (row) => row.key ?? '' },
    { header: 'Decisions', cell: (row) => count(row.decisions), numeric: true },
    { header: 'Decision rate', cell: (row) => percent(row.decisionRate), numeric: true },
    ...purposes.map((purpose) => ({
      header: `${purpose} granted`, cell: (row: StatsRow) => percent(row.purposes[purpose]?.grantRate), numeric: true,
    })),
  ], byDay.rows));
}
