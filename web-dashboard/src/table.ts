// Every chart's numbers as a real table, so screen readers and keyboard users get the same facts.

export interface Column<T> {
  header: string;
  cell: (row: T) => string;
  /** Numbers align right and the first column heads its row. */
  numeric?: boolean;
}

export function renderTable<T>(doc: Document, caption: string, columns: Column<T>[], rows: T[]): HTMLElement {
  const wrapper = doc.createElement('div');
  wrapper.className = 'table-scroll';
  // Scrollable regions must be reachable by keyboard (WCAG 2.1.1).
  wrapper.tabIndex = 0;
  wrapper.setAttribute('role', 'region');
  wrapper.setAttribute('aria-label', caption);

  const table = doc.createElement('table');
  const captionElement = table.createCaption();
  captionElement.textContent = caption;
  const headRow = table.createTHead().insertRow();
  for (const column of columns) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = column.header;
    if (column.numeric) th.className = 'num';
    headRow.append(th);
  }

  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    columns.forEach((column, index) => {
      const cell = doc.createElement(index === 0 ? 'th' : 'td');
      if (index === 0) (cell as HTMLTableCellElement).scope = 'row';
      if (column.numeric) cell.className = 'num';
      cell.textContent = column.cell(row);
      tr.append(cell);
    });
  }

  wrapper.append(table);
  return wrapper;
}
