import { describe, expect, it } from 'vitest';
import table from '../../../tests/fixtures/legal-rules.json';
import type { PurposeRole, Regime } from '../../src/config';
import { createConsentState } from '../../src/core/consent-state';
import { acceptAll, askable, preset } from '../../src/core/legal-rules';
import { recruitmentPurposes, siteConfig } from '../fixtures';

// The shared table (tests/fixtures/legal-rules.json), row by row; the API's unit tests read the
// same file, so the widget and the API cannot disagree about a regime, GPC and role.

interface Row {
  regime: Regime;
  gpc: boolean;
  role: PurposeRole;
  preset: boolean;
  askable: boolean;
  acceptAll: boolean;
  withoutAnswer: { allowed: boolean; reason: string };
}

const rows = table.cases as Row[];
const name = (row: Row) => `${row.regime}, ${row.gpc ? 'GPC' : 'no GPC'}, ${row.role}`;

// One purpose of the row's role, under an id that is not the template's, so only the role can decide.
function stateFor(row: Row) {
  const purpose = { ...recruitmentPurposes()[0], id: 'site_purpose', role: row.role };
  return createConsentState({ config: siteConfig({ regime: row.regime, purposes: [purpose] }), record: null, gpc: row.gpc });
}

describe('legal rules from the shared table', () => {
  it('covers every regime, GPC value and role', () => {
    expect(rows).toHaveLength(3 * 2 * 5);
  });

  it.each(rows.map((row) => [name(row), row] as const))('%s', (_, row) => {
    expect(preset(row.regime, row.role, row.gpc)).toBe(row.preset);
    expect(askable(row.role, row.gpc)).toBe(row.askable);
    expect(acceptAll(row.role, row.gpc)).toBe(row.acceptAll);

    const state = stateFor(row);
    // Without an answer the widget applies exactly what the API answers for this visitor.
    expect(state.effective().site_purpose).toBe(row.withoutAnswer.allowed);
    expect(state.effective().site_purpose).toBe(row.preset);
    expect(state.prompt()?.purposes.some((p) => p.id === 'site_purpose') ?? false).toBe(row.askable);
    expect(state.decide(state.all(true)).choices.site_purpose).toBe(row.acceptAll);
  });
});
