// `jl-roster validate … --registry FILE … --deceased FILE` through the real command, on workbooks written here with
// ExcelJS: the findings name the registry file, sheet and row; the run says once when no registry is given.
import * as path from 'path';
import type { JsonReport } from '../../src/roster';
import { jlRoster } from './builtCli';
import { STACK_LINE, tempFolder } from './files';
import { EMPLOY_HEADER, employRow, setRow, validId, writeWorkbook } from './fixtures';

jest.setTimeout(60_000);

const folder = tempFolder('registry');
const file = (name: string) => path.join(folder.dir, name);
const NOTE = '未使用防返贫监测系统数据：未核对人员身份';

beforeAll(async () => {
  await writeWorkbook(file('roster.xlsx'), (wb) => {
    const ws = wb.addWorksheet('花名册');
    setRow(ws, 1, EMPLOY_HEADER);
    for (let n = 1; n <= 3; n++) setRow(ws, n + 1, employRow(n));
  });
  // Person 1 in the registry as hired, person 2 under another name, person 3 in none.
  await writeWorkbook(file('registry.xlsx'), (wb) => {
    const ws = wb.addWorksheet('人员信息');
    ws.addRow(['汪清县脱贫人口信息']);
    ws.addRow(['导出时间：2022-12-31']);
    ws.addRow(['户编号', '姓名', '证件号码', '户类型', '脱贫状态']);
    for (const [n, name] of [[1, employRow(1)[1]], [2, '另一人']] as const) {
      const row = ws.addRow([`H${n}`, name, validId(n), '脱贫户', '已脱贫(享受政策)']);
      row.getCell(3).numFmt = '@';
    }
  });
  await writeWorkbook(file('deaths.xlsx'), (wb) => {
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['姓名', '身份证号码', '死亡日期']);
    ws.addRow([employRow(1)[1], validId(1), '2022-01-15']);
  });
});
afterAll(() => folder.remove());

const json = (args: string[]) => {
  const run = jlRoster(['validate', file('roster.xlsx'), '--as-of', '2022-12-31', '--json', ...args]);
  return { ...run, report: JSON.parse(run.stdout || '{}') as JsonReport };
};

describe('jl-roster --registry and --deceased', () => {
  it('finds every claimant against the export and the death list, naming their file, sheet and row', () => {
    const run = json(['--registry', file('registry.xlsx'), '--deceased', file('deaths.xlsx')]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toContain(NOTE);
    const at = (row: number) => run.report.findings.filter((f) => f.row === row).map((f) => f.code);
    expect(at(2)).toEqual(['DECEASED']); // hired 2022-03-01, died 2022-01-15
    expect(at(3)).toEqual(['REGISTRY_NAME_MISMATCH']);
    expect(at(4)).toEqual(['NOT_IN_REGISTRY']);
    const mismatch = run.report.findings.find((f) => f.code === 'REGISTRY_NAME_MISMATCH')!;
    expect(mismatch.related).toEqual([{ file: file('registry.xlsx'), sheet: '人员信息', row: 5 }]);
    expect(run.report.findings.find((f) => f.code === 'DECEASED')!.related).toEqual([{ file: file('deaths.xlsx'), sheet: 'Sheet1', row: 2 }]);
    expect(run.stdout).not.toContain(validId(3));
  });

  it('says once, on stderr beside the JSON and under the headline in the text report, when no registry is given', () => {
    const run = json([]);
    expect(run.stderr.split(NOTE)).toHaveLength(2);
    expect(Object.keys(run.report).sort()).toEqual(['findings', 'readings', 'summary']);
    const text = jlRoster(['validate', file('roster.xlsx'), '--as-of', '2022-12-31']);
    // Under the headline: the readings taken, then the note.
    expect(text.stdout.split('\n').slice(1, 3)).toContain(NOTE);
    expect(text.stdout.split(NOTE)).toHaveLength(2);
  });

  it('refuses a roster given again as a registry, and an unreadable registry, with exit code 2', () => {
    const same = jlRoster(['validate', file('roster.xlsx'), '--registry', file('roster.xlsx')]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('既作为花名册又作为 --registry 给出');
    const missing = jlRoster(['validate', file('roster.xlsx'), '--registry', file('none.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('none.xlsx');
    expect(missing.stderr).not.toMatch(STACK_LINE);
  });
});
