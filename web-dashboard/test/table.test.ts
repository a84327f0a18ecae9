import { describe, expect, it } from 'vitest';
import { count, percent, points } from '../src/format';
import { renderTable } from '../src/table';

describe('data tables', () => {
  it('have a caption, column headers and row headers, and are keyboard-scrollable', () => {
    const wrapper = renderTable(document, 'Rates by device', [
      { header: 'Device', cell: (row: [string, number | null]) => row[0] },
      { header: 'Decisions', cell: (row) => count(row[1]), numeric: true },
    ], [['mobile', 1200], ['tablet', null]]);
    const table = wrapper.querySelector('table')!;
    expect(wrapper.tabIndex).toBe(0);
    expect(wrapper.getAttribute('aria-label')).toBe('Rates by device');
    expect(table.caption!.textContent).toBe('Rates by device');
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col']);
    expect([...table.querySelectorAll('tbody th')].map((th) => [th.getAttribute('scope'), th.textContent])).toEqual([['row', 'mobile'], ['row', 'tablet']]);
    expect([...table.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['1,200', '–']);
  });

  it('format suppressed values as a dash, never as zero', () => {
    expect([count(null), percent(null), percent(0.25), points(-0.0612), points(0.2)]).toEqual(['–', '–', '25.0%', '-6.1 pp', '+20.0 pp']);
  });
});
