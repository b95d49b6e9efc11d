import type { SheetRole } from '../../src/taskpane/state/sheetRoles';
import { initialValidateState, validateReducer } from '../../src/taskpane/state/validateState';

const roles: SheetRole[] = [
  { name: '汪清', ownOutput: false, register: false, detected: 'employ', hasTable: true },
  { name: '和龙', ownOutput: false, register: false, detected: 'travel', hasTable: true },
  { name: '已发放登记', ownOutput: false, register: true, detected: null, hasTable: true },
  { name: '校验报告', ownOutput: true, register: false, detected: null, hasTable: false },
];

function loaded(active: string) {
  return validateReducer(initialValidateState('2022-07-15'), { type: 'sheetsLoaded', workbook: 'b.xlsx', roles, active, marked: 0 });
}

describe('the validate view state', () => {
  it('offers rosters and registers, never the pane’s own sheets, and chooses the active sheet', () => {
    const state = loaded('和龙');
    expect(state.rosters.map((r) => [r.name, r.selected, r.kind, r.detected])).toEqual([
      ['汪清', false, 'auto', 'employ'],
      ['和龙', true, 'auto', 'travel'],
    ]);
    expect(state.historySheets).toEqual([{ name: '已发放登记', selected: true }]);
    expect(state.phase).toBe('idle');
  });

  it('chooses no roster when the active sheet is not one (the report)', () => {
    expect(loaded('校验报告').rosters.every((r) => !r.selected)).toBe(true);
  });

  it('keeps the clerk’s choices when the sheet list is reloaded', () => {
    let state = loaded('汪清');
    state = validateReducer(state, { type: 'toggleRoster', name: '和龙', selected: true });
    state = validateReducer(state, { type: 'setKind', name: '汪清', kind: 'welfare' });
    state = validateReducer(state, { type: 'toggleHistory', name: '已发放登记', selected: false });
    state = validateReducer(state, { type: 'sheetsLoaded', workbook: 'b.xlsx', roles, active: '汪清', marked: 3 });
    expect(state.rosters.map((r) => [r.name, r.selected, r.kind])).toEqual([
      ['汪清', true, 'welfare'],
      ['和龙', true, 'auto'],
    ]);
    expect(state.historySheets[0].selected).toBe(false);
    expect(state.marked).toBe(3);
  });

  it('replaces a history file of the same name', () => {
    let state = loaded('汪清');
    state = validateReducer(state, { type: 'addFile', file: { id: 1, name: 'paid.xlsx', grids: [] } });
    state = validateReducer(state, { type: 'addFile', file: { id: 2, name: 'paid.xlsx', grids: [] } });
    expect(state.historyFiles.map((f) => f.id)).toEqual([2]);
    state = validateReducer(state, { type: 'removeFile', id: 2 });
    expect(state.historyFiles).toEqual([]);
  });

  it('goes from running to done, cancelled or failed, and forgets the progress', () => {
    let state = validateReducer(loaded('汪清'), { type: 'runStarted' });
    expect(state.phase).toBe('running');
    state = validateReducer(state, { type: 'progress', progress: { phase: 'check', done: 5, total: 10 } });
    expect(state.progress).toEqual({ phase: 'check', done: 5, total: 10 });
    const cancelled = validateReducer(state, { type: 'runCancelled', text: '已取消' });
    expect([cancelled.phase, cancelled.progress, cancelled.notice?.intent]).toEqual(['cancelled', null, 'info']);
    const failed = validateReducer(state, { type: 'runFailed', text: 'x' });
    expect([failed.phase, failed.notice?.intent]).toEqual(['failed', 'error']);
  });
});
