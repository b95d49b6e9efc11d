// The calculator lists the JL functions from their own definitions: calls.ts's FUNCTIONS (what evaluates),
// functions.zh-CN.json (Chinese names and descriptions) and functions.ts's JSDoc (English, through the committed
// projection src/web/calculator/functions.en.json, which must stay what the generator makes of functions.ts).
import * as fs from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTIONS } from '../../src/functions/calls';
import { calculatorFunctions } from '../../src/web/calculator/functionCatalog';
import { englishFunctionTexts } from '../../src/web/calculator/englishMetadata';
import committed from '../../src/web/calculator/functions.en.json';

const FUNCTIONS_TS = path.resolve(__dirname, '../../src/functions/functions.ts');
const COMMITTED = path.resolve(__dirname, '../../src/web/calculator/functions.en.json');
const ZH_JSON = path.resolve(__dirname, '../../src/functions/functions.zh-CN.json');

describe('the English text of the functions', () => {
  it('is what custom-functions-metadata generates from functions.ts', async () => {
    const generated = await generateCustomFunctionsMetadata(FUNCTIONS_TS, false);
    expect(generated.errors).toEqual([]);
    const expected = englishFunctionTexts(JSON.parse(generated.metadataJson));
    if (process.env.JL_WRITE_FUNCTIONS_EN === '1') fs.writeFileSync(COMMITTED, `${JSON.stringify(expected, null, 2)}\n`);
    // When this fails, functions.ts changed: rerun with JL_WRITE_FUNCTIONS_EN=1 and commit functions.en.json.
    expect(committed).toEqual(expected);
  });
});

describe('the functions the calculator lists', () => {
  const listed = calculatorFunctions(44742);

  it('are every function calls.ts evaluates (JL.EXPLAIN is the calculator itself), in the metadata order', () => {
    expect(listed.map((f) => f.name).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    expect(listed.map((f) => f.name)[0]).toBe('EMPLOY_SUBSIDY');
  });

  it('name each argument in Chinese and English, as Excel does, with its description and the amounts filled in', () => {
    const employ = listed.find((f) => f.name === 'EMPLOY_SUBSIDY')!;
    expect(employ.args.map((a) => a.label.zh)).toEqual(['入职日期', '工作月数', '月工资', '县或最低工资']);
    expect(employ.args.map((a) => a.label.en)).toEqual(['hire_date', 'months_worked', 'monthly_wage', 'county_or_min_wage']);
    expect(employ.args[0].description.zh).toContain('2022-03-01');
    expect(employ.args[0].optional).toBe(false);
    // MEASURES.md, measure 7: 1,600 yuan per person, at most 50,000 per employer; the description names no {placeholder}.
    expect(employ.description.zh).toContain('符合条件为1600，');
    expect(employ.description.zh).not.toMatch(/\{/);
    const total = listed.find((f) => f.name === 'EMPLOY_SUBSIDY_TOTAL')!;
    expect(total.description.en).toMatch(/50,000/);
    expect(total.args[1]).toMatchObject({ optional: true, label: { zh: '已发金额', en: 'already_paid' } });
    // MEASURES.md, measure 4: at most 6 months; the text carries the unit itself ("{loan.max_extension_months}个月").
    expect(listed.find((f) => f.name === 'LOAN_DUE')!.description.zh).toContain('延期不超过6个月');
  });

  it('say what Excel’s tooltips say: the descriptions as the build fills them (scripts/fill-descriptions.js)', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { fillDescriptions } = require('../../scripts/fill-descriptions') as { fillDescriptions(json: string, lang: string, day: string): string };
    const generated = await generateCustomFunctionsMetadata(FUNCTIONS_TS, false);
    type Described = { functions: Array<{ id: string; description: string; parameters: Array<{ description: string }> }> };
    const zh = JSON.parse(fillDescriptions(fs.readFileSync(ZH_JSON, 'utf8'), 'zh', '2022-06-30')) as Described;
    const en = JSON.parse(fillDescriptions(generated.metadataJson, 'en', '2022-06-30')) as Described;
    for (const f of listed) {
      const z = zh.functions.find((g) => g.id === f.name)!;
      const e = en.functions.find((g) => g.id === f.name)!;
      expect([f.name, f.description.zh, f.description.en]).toEqual([f.name, z.description, e.description]);
      expect(f.args.map((a) => a.description.zh)).toEqual(z.parameters.map((p) => p.description));
      expect(f.args.map((a) => a.description.en)).toEqual(e.parameters.map((p) => p.description));
    }
  });
});
