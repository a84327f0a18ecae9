import { describe, expect, it } from 'vitest';
import { lastDays, rangeError } from '../src/dates';

describe('date ranges', () => {
  it('counts the last days inclusively, in UTC', () => {
    expect(lastDays(30, Date.parse('2026-03-02T23:30:00Z'))).toEqual({ from: '2026-02-01', to: '2026-03-02' });
  });

  it.each([
    [{ from: '2026-03-01', to: '2026-03-01' }, null],
    [{ from: '2025-01-01', to: '2026-02-04' }, null],
    [{ from: '2025-01-01', to: '2026-02-05' }, 'The range spans 401 days; at most 400 are allowed.'],
    [{ from: '2026-03-05', to: '2026-03-01' }, 'The start date is after the end date.'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'Start date "2026-02-30" is not a date (YYYY-MM-DD).'],
    [{ from: '2026-03-01', to: '' }, 'End date "" is not a date (YYYY-MM-DD).'],
  ])('checks %o the way the API does', (range, error) => {
    expect(rangeError(range)).toBe(error);
  });
});
