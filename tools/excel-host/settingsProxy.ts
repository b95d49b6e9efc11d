/**
 * Workbook.settings: key/value pairs saved in the workbook (the pane keeps the default county there).
 * Values are stored as JSON, as Excel does, so what is read back is a copy.
 */
import { HostClientCollection, HostClientObject, type Binding, type PropertyTable } from './clientObject';
import type { Execution, HostRequestContext } from './context';
import { invalidArgument, itemNotFound } from './errors';
import type { HostWorkbook } from './model';

export function jsonCopy(value: unknown, where: string): unknown {
  const text = JSON.stringify(value);
  if (text === undefined) throw invalidArgument(`${where}: ${String(value)} cannot be saved as a setting`, where);
  return JSON.parse(text);
}

function putSetting(exec: Execution, key: string, value: unknown): void {
  const settings = exec.workbook.settings;
  const had = settings.has(key);
  const before = settings.get(key);
  settings.set(key, value);
  exec.journal.record(() => {
    if (had) settings.set(key, before);
    else settings.delete(key);
  });
}

const SETTING_PROPERTIES: PropertyTable<string> = {
  key: { read: (key) => key },
  value: {
    read: (key, exec) => jsonCopy(exec.workbook.settings.get(key), 'Setting.value'),
    write: (key, value, exec) => putSetting(exec, key, jsonCopy(value, 'Setting.value')),
  },
};

export class Setting extends HostClientObject<string> {
  readonly _typeName = 'Setting';
  protected readonly _properties = SETTING_PROPERTIES;

  constructor(context: HostRequestContext, binding: Binding<string>) {
    super(context, binding);
  }

  protected override _checkAlive(key: string, exec: Execution): void {
    if (!exec.workbook.settings.has(key)) throw itemNotFound(`The setting '${key}' was deleted`);
  }

  get key(): string {
    return this._get('key');
  }
  get value(): unknown {
    return this._get('value');
  }
  set value(value: unknown) {
    this._set('value', value);
  }

  delete(): void {
    this._call('delete', [], (key, exec) => {
      const settings = exec.workbook.settings;
      const before = settings.get(key);
      settings.delete(key);
      exec.journal.record(() => settings.set(key, before));
    });
  }
}

export class SettingCollection extends HostClientCollection<HostWorkbook, string, Setting> {
  readonly _typeName = 'SettingCollection';
  protected readonly _properties: PropertyTable<HostWorkbook> = {};

  constructor(context: HostRequestContext, resolve: (exec: Execution) => HostWorkbook | null) {
    super(context, { kind: 'navigation', resolve });
  }

  protected _enumerate(workbook: HostWorkbook): string[] {
    return [...workbook.settings.keys()];
  }

  protected _createItem(key: string): Setting {
    return new Setting(this.context, { kind: 'fixed', target: key });
  }

  protected _itemPropertyNames(): string[] {
    return Object.keys(SETTING_PROPERTIES);
  }

  private _setting(method: string, args: unknown[], nullable: boolean, find: (workbook: HostWorkbook, exec: Execution) => string | null): Setting {
    return new Setting(this.context, { kind: 'method', parent: this, method, args, nullable, resolve: (exec) => find(this._target(exec, method), exec) });
  }

  /** Adds the setting, or replaces the value of an existing one. */
  add(key: string, value: unknown): Setting {
    return this._setting('add', [key, value], false, (_workbook, exec) => {
      if (typeof key !== 'string' || key.length === 0) throw invalidArgument('SettingCollection.add needs a non-empty key');
      putSetting(exec, key, jsonCopy(value, `SettingCollection.add('${key}')`));
      return key;
    });
  }

  getItem(key: string): Setting {
    return this._setting('getItem', [key], false, (workbook) => {
      if (!workbook.settings.has(key)) throw itemNotFound(`There is no setting '${key}'`);
      return key;
    });
  }

  getItemOrNullObject(key: string): Setting {
    return this._setting('getItemOrNullObject', [key], true, (workbook) => (workbook.settings.has(key) ? key : null));
  }
}
