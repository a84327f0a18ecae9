// Rates compared across countries, regimes, devices and banner variants.
import type { StatsResponse, StatsRow, VariantsResponse, VariantStats } from './api';
import { barChart } from './charts';
import { count, percent, points } from './format';
import { canvas, slot } from './sections';
import { renderTable } from './table';

const acceptShare = (row: StatsRow) => (row.acceptAll === null || !row.decisions ? null : row.acceptAll / row.decisions);

/** One breakdown (`country`, `regime` or `device`): a chart of its rates and the full table. */
export function renderBreakdown(doc: Document, stats: StatsResponse, title: string) {
  const name = stats.groupBy;
  const purposes = Object.keys(stats.totals.purposes);
  const rows = [...stats.rows].sort((a, b) => (b.decisions ?? -1) - (a.decisions ?? -1));
  const shown = rows.filter((row) => !row.suppressed).slice(0, 12);
  barChart(canvas(doc, `chart-${name}`), `${title}: accept-all share and decision rate per value; see the table below`,
    shown.map((row) => row.key ?? ''), [
      { label: 'Accept all', values: shown.map(acceptShare) },
      { label: 'Decision rate', values: shown.map((row) => row.decisionRate) },
    ], true);
  slot(doc, `table-${name}`).replaceChildren(renderTable(doc, title, [
    { header: name[0].toUpperCase() + name.slice(1), cell: (row) => row.key ?? '' },
    { header: 'Impressions', cell: (row) => count(row.impressions), numeric: true },
    { header: 'Decisions', cell: (row) => count(row.decisions), numeric: true },
    { header: 'Decision rate', cell: (row) => percent(row.decisionRate), numeric: true },
    { header: 'Accept all', cell: (row) => percent(acceptShare(row)), numeric: true },
    ...purposes.map((purpose) => ({
      header: `${purpose} granted`, cell: (row: StatsRow) => percent(row.purposes[purpose]?.grantRate), numeric: true,
    })),
  ], rows));
}

function versus(variant: VariantStats, defaultVariant: string): string {
  if (variant.variant === defaultVariant) return 'baseline';
  const v = variant.versusDefault;
  if (!v) return 'not enough decisions';
  const verdict = v.significant ? 'significant' : 'not significant';
  return `${points(v.difference)} (95% CI ${points(v.lower)} to ${points(v.upper)}), ${verdict}`;
}

export function renderVariants(doc: Document, response: VariantsResponse) {
  const purposes = Object.keys(response.variants[0]?.grantRates ?? {});
  barChart(canvas(doc, 'chart-variants'), 'Accept-all rate per banner variant; see the table below',
    response.variants.map((v) => v.variant), [{ label: 'Accept all', values: response.variants.map((v) => v.acceptAllRate) }], true);
  slot(doc, 'table-variants').replaceChildren(renderTable(doc, `Banner variants against ${response.defaultVariant}`, [
    { header: 'Variant', cell: (v) => v.variant },
    { header: 'Impressions', cell: (v) => count(v.impressions), numeric: true },
    { header: 'Decisions', cell: (v) => count(v.decisions), numeric: true },
    { header: 'Accept all', cell: (v) => percent(v.acceptAllRate), numeric: true },
    { header: `Versus ${response.defaultVariant}`, cell: (v) => versus(v, response.defaultVariant) },
    ...purposes.map((purpose) => ({ header: `${purpose} granted`, cell: (v: VariantStats) => percent(v.grantRates[purpose]), numeric: true })),
  ], response.variants));
}
