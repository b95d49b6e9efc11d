import { compileParameterTable, ELEVEN_MEASURES, parameterOn, PARAMETERS, text } from '../../src/policy';

describe('the parameter table', () => {
  it('every dated value has a citation with a document and a clause, and a measure for the measures\' own values', () => {
    for (const [id, def] of Object.entries(PARAMETERS)) {
      for (const v of def.values) {
        expect(v.citation.document.zh).not.toBe('');
        expect(v.citation.clause.en).not.toBe('');
        if (!id.startsWith('labour.')) expect(v.citation.measure).not.toBeNull();
      }
    }
  });
  it('two values in force on the same day are a conflict, reported, not resolved silently', () => {
    const conflicting = {
      x: {
        label: text('x', 'x'),
        unit: 'fen' as const,
        values: [
          { from: '2022-01-01', to: null, value: 1, citation: { measure: 7, document: ELEVEN_MEASURES, clause: text('a', 'a') } },
          { from: '2022-06-01', to: null, value: 2, citation: { measure: 7, document: ELEVEN_MEASURES, clause: text('b', 'b') } },
        ],
      },
    };
    expect(() => compileParameterTable(conflicting)).toThrow(/both in force on 2022-06-01/);
  });
  it('tier 4 was abolished by the 2025 standard', () => {
    expect(parameterOn('minimum_wage.tier_4', 46000)).toBeUndefined(); // 2025-12-09
  });
  it('the county table generated from the CSV is up to date', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is a plain Node script
    const generator = require('../../scripts/import-counties.js') as { isCurrent(): boolean };
    expect(generator.isCurrent()).toBe(true);
  });
});
