// The page's worker: reads the files, recognises what each is, checks them as jl-roster does (src/check) and builds
// the files to download, so that the page never freezes on a big roster. Cancel is the page terminating it.
import type { Text } from '../../policy';
import { maskPersonal, text } from '../../policy';
import type { CheckedInputs, InputFile, ReadInputs } from '../../check';
import { annotatedWorkbookBytes, checkInputs, readInputs } from '../../check';
import { PAID_REGISTER } from '../../roster/paidRegister';
import type { SheetGrid } from '../../roster/sheetGrid';
import type { RosterPerson } from '../../roster/types';
import { XlsxReadError } from '../../xlsx/readError';
import type { ReadWorkbook } from '../../xlsx/readNote';
import { readSpreadsheetBytes } from '../../xlsx/readSpreadsheet';
import { explainRowValues, rowToExplain } from '../../taskpane/explain/explainRow';
import { planRegistration } from '../../taskpane/register/registerPlan';
import { findingsCsvBytes, findingsXlsxBytes } from '../downloads/findingsFiles';
import { updatedPaidRegisterBytes } from '../downloads/paidRegisterFile';
import { fileRoleOf } from '../files/fileRole';
import type { CheckResult, Envelope, Reply, Request, WorkerFile } from './protocol';
import { shownSheet } from './shownSheet';
import { WORKER_LIBRARIES } from './workerLibraries';

interface WorkerScope {
  onmessage: ((event: MessageEvent<Envelope<Request>>) => void) | null;
  postMessage(message: Envelope<Reply>, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** Each file read once, by the page's id for it: recognising it on drop, checking it later, checking it again. */
const reads = new Map<number, Promise<ReadWorkbook>>();
const readOnce = (file: WorkerFile): Promise<ReadWorkbook> => {
  let read = reads.get(file.id);
  if (!read) {
    read = readSpreadsheetBytes(file.bytes, file.name, WORKER_LIBRARIES);
    reads.set(file.id, read);
  }
  return read;
};

interface LastRun {
  readonly read: ReadInputs;
  readonly checked: CheckedInputs;
}
let last: LastRun | undefined;

const rowKey = (r: { file: string; sheet: string; row: number }) => `${r.file}\u0000${r.sheet}\u0000${r.row}`;

/** The persons the findings list names (each finding's row, and the rows a duplicate points to). */
function personsOfFindings(checked: CheckedInputs): RosterPerson[] {
  const wanted = new Set<string>();
  for (const f of checked.report.findings) {
    wanted.add(rowKey(f));
    for (const r of f.related) wanted.add(rowKey(r));
  }
  return checked.report.persons.filter((p) => wanted.has(rowKey(p)));
}

/** The paid registers, registry exports and death lists a finding is about (a registry row without an ID): drawn too. */
function listsWithFindings(read: ReadInputs, checked: CheckedInputs): SheetGrid[] {
  const flagged = new Set(checked.report.findings.map((f) => `${f.file}\u0000${f.sheet}`));
  return [...read.grids.paid, ...read.grids.registry, ...read.grids.deceased].filter((g) => flagged.has(`${g.file}\u0000${g.sheet}`));
}

const namesOf = (grids: ReadonlyArray<SheetGrid>) => [...new Set(grids.map((g) => g.file))];

async function check(files: ReadonlyArray<WorkerFile>, asOf: number, reply: (r: Reply) => void): Promise<CheckResult> {
  const byName = new Map(files.map((f) => [f.name, f]));
  const inputs: InputFile[] = files.map((f) => ({ name: f.name, role: f.role, bytes: f.bytes }));
  const read = await readInputs(inputs, {
    libraries: WORKER_LIBRARIES,
    onReading: (f, index) => reply({ type: 'progress', phase: 'read', done: index, total: files.length, file: f.name }),
    readFile: (f) => readOnce(byName.get(f.name)!),
  });
  const failures = read.failures.map((e) => e.messageText);
  const notes: Text[] = [...read.skipped];
  if (read.grids.roster.length === 0) {
    last = undefined;
    const nothing: Text = failures.length > 0 ? text('没有可读取的花名册，未校验', 'no roster could be read: nothing was checked') : text('没有花名册：请至少加入一个花名册文件', 'no roster: add at least one roster file');
    return { report: emptyReport(), sheets: [], notes: [...notes, nothing], failures, registers: [], registries: [], deathLists: [], nothingChecked: true };
  }
  const checked = checkInputs(read, { asOf, onProgress: (progress) => reply({ type: 'progress', phase: 'check', progress }) });
  last = { read, checked };
  const { report } = checked;
  return {
    report: { findings: report.findings, sheets: report.sheets, summary: report.summary, readings: report.readings, notes: report.notes, persons: personsOfFindings(checked) },
    sheets: [...checked.rosters, ...listsWithFindings(read, checked)].map(shownSheet),
    notes: [...notes, ...checked.setAside],
    failures,
    registers: namesOf(read.grids.paid),
    registries: namesOf(read.grids.registry),
    deathLists: namesOf(read.grids.deceased),
    nothingChecked: false,
  };
}

function emptyReport(): CheckResult['report'] {
  return { findings: [], sheets: [], summary: { files: 0, sheets: 0, rows: 0, errors: 0, warnings: 0, byCode: {} }, readings: [], notes: [], persons: [] } as unknown as CheckResult['report'];
}

/** The register the batch is added to: the first paid register's 已发放登记 sheet, else its first sheet, else none. */
function currentRegister(run: LastRun): SheetGrid | null {
  const paid = run.read.grids.paid;
  return paid.find((g) => g.sheet === PAID_REGISTER.sheetName) ?? paid[0] ?? null;
}

function needRun(): LastRun {
  if (!last) throw new Error('no check has run');
  return last;
}

async function answer(request: Request, reply: (r: Reply, transfer?: Transferable[]) => void): Promise<void> {
  switch (request.type) {
    case 'recognise': {
      try {
        const read = await readOnce(request.file);
        reply({ type: 'recognised', id: request.file.id, role: fileRoleOf(read.grids), sheets: read.grids.map((g) => ({ sheet: g.sheet, rows: g.values.length })) });
      } catch (error) {
        const reason = error instanceof XlsxReadError ? error.messageText : text(`无法读取 ${request.file.name}`, `cannot read ${request.file.name}`);
        reply({ type: 'unreadable', id: request.file.id, reason });
      }
      return;
    }
    case 'forget':
      reads.delete(request.id);
      return;
    case 'check':
      reply({ type: 'checked', result: await check(request.files, request.asOf, reply) });
      return;
    case 'annotated': {
      const bytes = await annotatedWorkbookBytes(needRun().checked, request.lang);
      reply({ type: 'bytes', bytes }, [bytes.buffer]);
      return;
    }
    case 'findings': {
      const report = needRun().checked.report;
      const bytes = request.format === 'csv' ? findingsCsvBytes(report, request.lang) : await findingsXlsxBytes(report, request.lang);
      reply({ type: 'bytes', bytes }, [bytes.buffer]);
      return;
    }
    case 'registerPlan': {
      const run = needRun();
      reply({ type: 'plan', plan: planRegistration(run.checked.report.persons, currentRegister(run), request.payDate, request.batch) });
      return;
    }
    case 'register': {
      const run = needRun();
      const register = currentRegister(run);
      const { bytes, plan } = await updatedPaidRegisterBytes({ register, persons: run.checked.report.persons, payDate: request.payDate, batch: request.batch, lang: request.lang });
      reply({ type: 'bytes', bytes, plan, registerFile: register?.file ?? null }, [bytes.buffer]);
      return;
    }
    case 'explain': {
      const grid = needRun().checked.rosters.find((g) => g.file === request.file && g.sheet === request.sheet);
      const at = grid ? rowToExplain(grid, `${request.column || 'A'}${request.row}`) : null;
      const values = grid && at ? (grid.values[at.row - 1 - (grid.rowOffset ?? 0)] ?? []) : [];
      const cell = { sheet: request.sheet, address: `${request.column || 'A'}${request.row}`, formula: null, value: null };
      reply({ type: 'explained', explanation: at ? explainRowValues(at, cell, values, request.lang) : null });
      return;
    }
  }
}

scope.onmessage = (event) => {
  const { requestId, body } = event.data;
  const reply = (r: Reply, transfer: Transferable[] = []) => scope.postMessage({ requestId, body: r }, transfer);
  answer(body, reply).catch((error: unknown) => {
    // A file's own problem (a register that is not a table) in its own words; of a bug, its first line, masked.
    const said = (error as { messageText?: Text } | null)?.messageText;
    const why = maskPersonal((error instanceof Error ? error.message : String(error)).split('\n')[0]);
    reply({ type: 'failed', message: said ?? text(`内部错误：${why}。请把这条信息告诉维护人员`, `internal error: ${why}. Please report this message`) });
  });
};
