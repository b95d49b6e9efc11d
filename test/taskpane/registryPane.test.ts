/**
 * Issue 12 in the pane: registry exports and death lists of the workbook (ticked, can be unticked) and picked from
 * disk, used by 开始校验; the run's notes and the lists used in the report; and the export rows a registry finding
 * rests on, shown by 说明此行. The samples are the synthetic exports of assets/samples (README there); the rows the
 * pane shows are compared with the same files read directly by SheetJS, not with the pane's own reading.
 */
import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'fs';
import { join } from 'path';
import { formatDate, ymdToSerial } from '../../src/policy';
import { reportTable } from '../../src/roster';
import type { SheetGrid } from '../../src/roster/sheetGrid';
import { registryFactsOfRow } from '../../src/taskpane/explain/registryFacts';
import { readHistoryFile } from '../../src/taskpane/files/readHistoryFile';
import { withRunFacts } from '../../src/taskpane/report/runFacts';
import { runValidation } from '../../src/taskpane/state/runValidation';
import type { SheetRole } from '../../src/taskpane/state/sheetRoles';
import type { HistoryFile, ValidateState } from '../../src/taskpane/state/validateState';
import { initialValidateState, listGridsOf, listsOfRun, validateReducer } from '../../src/taskpane/state/validateState';
import { loadXlsx } from '../../tools/excel-host/loadXlsx';
import type { Fixture } from './hostFixture';
import { withHost } from './hostFixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.uninstall());

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const AS_OF = ymdToSerial(2023, 1, 15);

const roles: SheetRole[] = [
  { name: '花名册', ownOutput: false, register: false, detected: 'employ', hasTable: true },
  { name: '人员信息', ownOutput: false, register: false, detected: null, hasTable: true, list: 'registry' },
  { name: '死亡人员', ownOutput: false, register: false, detected: null, hasTable: true, list: 'deceased' },
];

async function picked(name: string, id: number): Promise<HistoryFile> {
  const bytes = readFileSync(join(SAMPLES, name));
  return { id, name, grids: await readHistoryFile(name, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer) };
}

/** A sample's sheet as SheetJS reads it: rows of raw values, as a check independent of the pane's reader. */
function rawRows(name: string): unknown[][] {
  const wb = XLSX.read(readFileSync(join(SAMPLES, name)));
  return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: true, defval: null });
}

function loaded(): ValidateState {
  return validateReducer(initialValidateState('2023-01-15'), { type: 'sheetsLoaded', workbook: 'b.xlsx', roles, active: '花名册', marked: 0 });
}

describe('registry exports and death lists in the validate view', () => {
  it('ticks the workbook’s exports and death lists, never offers them as rosters, and keeps an untick across a reload', () => {
    let state = loaded();
    expect(state.rosters.map((r) => r.name)).toEqual(['花名册']);
    expect(state.listSheets).toEqual([
      { name: '人员信息', list: 'registry', selected: true },
      { name: '死亡人员', list: 'deceased', selected: true },
    ]);
    state = validateReducer(state, { type: 'toggleList', name: '人员信息', selected: false });
    state = validateReducer(state, { type: 'sheetsLoaded', workbook: 'b.xlsx', roles, active: '花名册', marked: 0 });
    expect(state.listSheets.map((l) => l.selected)).toEqual([false, true]);
    expect(listsOfRun(state, 'registry').sheets).toEqual([]);
    expect(listsOfRun(state, 'deceased').sheets).toEqual(['死亡人员']);
  });

  it('adds files from disk per list, replaces a file picked again under the same name, and removes one', async () => {
    const tumen = await picked('registry-tumen-2022.xlsx', 1);
    const again = await picked('registry-tumen-2022.xlsx', 2);
    const deaths = await picked('deceased-2022.xlsx', 3);
    let state = loaded();
    state = validateReducer(state, { type: 'addListFile', list: 'registry', file: tumen });
    state = validateReducer(state, { type: 'addListFile', list: 'registry', file: again });
    state = validateReducer(state, { type: 'addListFile', list: 'deceased', file: deaths });
    expect(state.listFiles.registry.map((f) => f.id)).toEqual([2]);
    const registry = listsOfRun(state, 'registry');
    expect(registry.names).toEqual(['人员信息', 'registry-tumen-2022.xlsx / 人员信息']);
    expect(registry.files.map((g) => g.file)).toEqual(['registry-tumen-2022.xlsx']);
    expect(listsOfRun(state, 'deceased').names).toEqual(['死亡人员', 'deceased-2022.xlsx / 死亡人员']);
    state = validateReducer(state, { type: 'removeListFile', list: 'registry', id: 2 });
    expect(state.listFiles.registry).toEqual([]);
    expect(state.listFiles.deceased.map((f) => f.id)).toEqual([3]);
  });

  it('reads only the export’s own sheet of a file that also holds a sheet of notes, and all sheets when none is an export', async () => {
    const export_ = await picked('registry-helong-2022.xlsx', 1);
    const notes: SheetGrid = { file: export_.name, sheet: '填表说明', values: [['本表由系统导出，请勿修改']] };
    const file = { ...export_, grids: [notes, ...export_.grids] };
    expect(listGridsOf(file, 'registry').map((g) => g.sheet)).toEqual(['人员信息']);
    // A death list picked as a registry export: given to the engine, which says why it cannot be used.
    const deaths = await picked('deceased-2022.xlsx', 2);
    expect(listGridsOf(deaths, 'registry').map((g) => g.sheet)).toEqual(['死亡人员']);
  });
});

describe('a run with registry and death-list files from disk, and what 说明此行 shows', () => {
  it('checks the roster against them, and shows the export and death-list rows a finding rests on, masked, dates as dates', async () => {
    fixture = withHost(await loadXlsx(readFileSync(join(SAMPLES, 'employ-wangqing-2022.xlsx')), { name: 'employ-wangqing-2022.xlsx' }));
    let state = validateReducer(initialValidateState('2023-01-15'), { type: 'sheetsLoaded', workbook: 'employ-wangqing-2022.xlsx', roles: [roles[0]], active: '花名册', marked: 0 });
    state = validateReducer(state, { type: 'addListFile', list: 'registry', file: await picked('registry-wangqing-2022.xlsx', 1) });
    state = validateReducer(state, { type: 'addListFile', list: 'deceased', file: await picked('deceased-2022.xlsx', 2) });
    const registry = listsOfRun(state, 'registry');
    const deceased = listsOfRun(state, 'deceased');
    const { report, lists } = await runValidation(fixture.adapter, {
      rosters: [{ sheet: '花名册', kind: 'auto' }],
      historySheets: [],
      historyFiles: [],
      asOf: AS_OF,
      registrySheets: registry.sheets,
      registryFiles: registry.files,
      deceasedSheets: deceased.sheets,
      deceasedFiles: deceased.files,
    });
    expect(report.notes).toEqual([]);
    expect(lists.map((l) => [l.grid.file, l.list])).toEqual([
      ['registry-wangqing-2022.xlsx', 'registry'],
      ['deceased-2022.xlsx', 'deceased'],
    ]);
    const at = (row: number) => registryFactsOfRow(report.findings, lists, { file: 'employ-wangqing-2022.xlsx', sheet: '花名册', row }, 'zh');
    const roster = rawRows('employ-wangqing-2022.xlsx');
    const idOfRow = (row: number) => String(roster[row - 1][3]);

    // Row 14 (planted REGISTRY_NOT_ELIGIBLE): the export's row of that ID, its status as the file has it.
    const exportRows = rawRows('registry-wangqing-2022.xlsx');
    const header = exportRows[2].map(String);
    const exportIndex = exportRows.findIndex((r) => r[header.indexOf('证件号码')] === idOfRow(14));
    expect(exportIndex).toBeGreaterThan(2);
    const [notEligible] = at(14).filter((f) => f.code === 'REGISTRY_NOT_ELIGIBLE');
    expect(notEligible.message).toContain('已脱贫(不再享受政策)');
    expect(notEligible.rows).toHaveLength(1);
    const facts = new Map(notEligible.rows[0].facts);
    expect(notEligible.rows[0].place).toBe(`registry-wangqing-2022.xlsx「人员信息」第${exportIndex + 1}行`);
    expect(facts.get('姓名')).toBe(exportRows[exportIndex][header.indexOf('姓名')]);
    expect(facts.get('脱贫状态')).toBe(exportRows[exportIndex][header.indexOf('脱贫状态')]);
    expect(facts.get('证件号码')).toContain('*');
    // The export's date, above its header (导出时间：2022-12-31 09:12:40): what an undated status is taken as of.
    expect(notEligible.rows[0].facts[0]).toEqual(['导出日', String(exportRows[1][0]).slice(5, 15)]);
    expect(JSON.stringify(notEligible)).not.toContain(idOfRow(14));

    // Row 37 (planted DECEASED): the death list's row, the date shown as the list's date, not a serial.
    const deathRows = rawRows('deceased-2022.xlsx');
    const deathHeader = deathRows[1].map(String);
    const deathIndex = deathRows.findIndex((r) => r[deathHeader.indexOf('身份证号码')] === idOfRow(37));
    const [deceasedFinding] = at(37).filter((f) => f.code === 'DECEASED');
    const deathFacts = new Map(deceasedFinding.rows[0].facts);
    expect(deceasedFinding.rows[0].place).toBe(`deceased-2022.xlsx「死亡人员」第${deathIndex + 1}行`);
    expect(deathFacts.get('死亡日期')).toBe(formatDate(Number(deathRows[deathIndex][deathHeader.indexOf('死亡日期')])));
    expect(deathFacts.get('死亡日期')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Row 8 (planted NOT_IN_REGISTRY) rests on no export row: the message names the export checked.
    const [missing] = at(8);
    expect([missing.code, missing.rows.length]).toEqual(['NOT_IN_REGISTRY', 0]);
    expect(missing.message).toContain('registry-wangqing-2022.xlsx「人员信息」');
    // A row with no registry finding shows nothing; a finding on another sheet is not this row's.
    expect(at(4)).toEqual([]);
    expect(registryFactsOfRow(report.findings, lists, { file: 'employ-wangqing-2022.xlsx', sheet: '其他', row: 14 }, 'zh')).toEqual([]);
    // In English, the title and the place are English.
    const [english] = registryFactsOfRow(report.findings, lists, { file: 'employ-wangqing-2022.xlsx', sheet: '花名册', row: 37 }, 'en').filter((f) => f.code === 'DECEASED');
    expect(english.rows[0].place).toBe(`deceased-2022.xlsx / 死亡人员 row ${deathIndex + 1}`);
    expect(english.title).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('writes the registry exports and death lists used into the report, and the note when none was given', async () => {
    fixture = withHost(await loadXlsx(readFileSync(join(SAMPLES, 'employ-wangqing-2022.xlsx')), { name: 'employ-wangqing-2022.xlsx' }));
    const { report } = await runValidation(fixture.adapter, { rosters: [{ sheet: '花名册', kind: 'auto' }], historySheets: [], historyFiles: [], asOf: AS_OF });
    expect(report.notes.map((n) => n.zh)).toEqual(['未使用防返贫监测系统数据：未核对人员身份']);
    const facts = (sources: Parameters<typeof withRunFacts>[1]['sources'], lang: 'zh' | 'en') => new Map(withRunFacts(reportTable(report, lang), { at: 0, asOf: '2023-01-15', sources }, lang).facts.map(([k, v]) => [k, v]));
    const none = facts({ registers: [], rosters: ['花名册'] }, 'zh');
    expect([none.get('防返贫监测系统数据'), none.get('死亡名单')]).toEqual(['未使用', '未使用']);
    expect([...none.values()]).toContain('未使用防返贫监测系统数据：未核对人员身份');
    const used = facts({ registers: [], rosters: ['花名册'], registries: ['人员信息', 'registry-tumen-2022.xlsx / 人员信息'], deathLists: ['deceased-2022.xlsx / 死亡人员'] }, 'en');
    expect([used.get('Poverty-monitoring registry'), used.get('Death lists')]).toEqual(['人员信息, registry-tumen-2022.xlsx / 人员信息', 'deceased-2022.xlsx / 死亡人员']);
  });
});
