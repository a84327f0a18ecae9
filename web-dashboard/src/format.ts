// Numbers as marketing reads them; a suppressed or missing value is an en dash, never a zero.

const integer = new Intl.NumberFormat('en-GB');

export const SUPPRESSED = '–';

export function count(value: number | null | undefined): string {
  return value === null || value === undefined ? SUPPRESSED : integer.format(value);
}

export function percent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? SUPPRESSED : `${(value * 100).toFixed(digits)}%`;
}

/** A difference in percentage points with its sign, for the variant comparison. */
export function points(value: number): string {
  return `${value > 0 ? '+' : ''}${(value * 100).toFixed(1)} pp`;
}
