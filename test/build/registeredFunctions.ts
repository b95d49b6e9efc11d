// Test harness standing in for Excel's function registry: loads the built dist/functions.js in a bare JavaScript
// context whose only add-in global is a CustomFunctions object that records associate() calls, as Excel's
// JavaScript-only runtime provides. Optionally an Office object gives the display language (the shared runtime).
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { builtAddin } from './builtAddin';

export const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** What Excel's CustomFunctions.Error is: an error code and a message shown in the cell's error tooltip. */
export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export type RegisteredFunction = (...args: unknown[]) => unknown;

export interface Registry {
  readonly ids: ReadonlyArray<string>;
  readonly functions: ReadonlyMap<string, RegisteredFunction>;
  readonly contextKeysBeforeLoad: ReadonlyArray<string>;
}

export function fakeCustomFunctions(associated: Array<[string, RegisteredFunction]>) {
  return {
    associate: (id: string, fn: RegisteredFunction) => {
      associated.push([id, fn]);
    },
    Error: FakeCustomFunctionsError,
    ErrorCode: ERROR_CODES,
  };
}

export function functionsBundlePath(): string {
  return path.join(builtAddin(), 'functions.js');
}

/** displayLanguage: undefined for the JavaScript-only runtime (no Office), or e.g. 'en-US' for Office in English. */
export function loadRegisteredFunctions(displayLanguage?: string): Registry {
  const associated: Array<[string, RegisteredFunction]> = [];
  const globals: Record<string, unknown> = { CustomFunctions: fakeCustomFunctions(associated) };
  if (displayLanguage !== undefined) globals.Office = { context: { displayLanguage } };
  const context = vm.createContext(globals);
  const contextKeysBeforeLoad = Object.keys(context);
  vm.runInContext(fs.readFileSync(functionsBundlePath(), 'utf8'), context, { filename: 'functions.js' });
  return { ids: associated.map(([id]) => id), functions: new Map(associated), contextKeysBeforeLoad };
}

export type CellOutcome = { value: unknown } | { error: { code: string; message: string | undefined } };

/**
 * Calls a registered function as Excel does: every declared parameter gets a value (null for an omitted optional
 * one), then the invocation object. Reports the value, or the CustomFunctions.Error the function raised.
 */
export function callCell(registry: Registry, id: string, ...args: unknown[]): CellOutcome {
  const fn = registry.functions.get(id);
  if (!fn) throw new Error(`JL.${id} was not registered`);
  const padded = [...args];
  while (padded.length < fn.length) padded.push(null);
  try {
    return { value: fn(...padded, { functionName: id }) };
  } catch (e) {
    if (e instanceof FakeCustomFunctionsError) return { error: { code: e.code, message: e.message } };
    throw e;
  }
}
