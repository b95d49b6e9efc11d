/**
 * Proxy objects with Office.js's rules:
 * - a property can be read only after load() and the sync that ran it (else PropertyNotLoaded);
 *   a property the add-in set reads back as set (Office.js keeps the value it sends);
 * - every statement (set, method, load) is queued and runs at context.sync(), in order;
 * - an object made by a method is bound to its target at the point of the queue where it was made.
 */
import type { Execution, HostRequestContext } from './context';
import { HostError, HostErrorCode, invalidArgument, itemNotFound, propertyNotLoaded } from './errors';
import { wireAction, type PathOwner } from './wireRequest';

export interface PropertySpec<T> {
  read?(target: T, exec: Execution): unknown;
  write?(target: T, value: unknown, exec: Execution): void;
}

export type PropertyTable<T> = Readonly<Record<string, PropertySpec<T>>>;

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[]; top?: number; skip?: number };

export type Binding<T> =
  /** Made by a method such as getRange or getItemOrNullObject: resolved once, where it sits in the queue. */
  | { kind: 'method'; parent: HostClientObject<unknown> | null; method: string; args: readonly unknown[]; nullable: boolean; resolve: (exec: Execution) => T | null }
  /** A navigation property such as range.format: always seen through its parent. */
  | { kind: 'navigation'; resolve: (exec: Execution) => T | null }
  /** Already bound (the workbook itself, items of a loaded collection). */
  | { kind: 'fixed'; target: T };

export class HostClientResult<V> {
  private loaded = false;
  private result: V | undefined;

  get value(): V {
    if (!this.loaded) {
      throw new HostError(HostErrorCode.valueNotLoaded, 'The value of this result is not available until context.sync() has completed');
    }
    return this.result as V;
  }

  _resolve(value: V): void {
    this.result = value;
    this.loaded = true;
  }
}

interface ParsedLoad {
  all: boolean;
  names: string[];
  navigation: Map<string, string[]>;
}

function loadPaths(option: LoadOption | undefined): { paths: string[]; expand: string[] } {
  if (option === undefined || option === null) return { paths: [], expand: [] };
  const split = (v: string | string[] | undefined): string[] =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s.length > 0);
  if (typeof option === 'string' || Array.isArray(option)) return { paths: split(option), expand: [] };
  return { paths: split(option.select), expand: split(option.expand) };
}

/** Describes an argument for the byte count: proxies travel as references, like Office.js object paths. */
export function describeArgument(arg: unknown): unknown {
  return arg instanceof HostClientObject ? { O: arg._id } : arg;
}

export abstract class HostClientObject<T> implements PathOwner {
  readonly context: HostRequestContext;
  readonly _id: number;
  abstract readonly _typeName: string;
  protected abstract readonly _properties: PropertyTable<T>;
  /** Names of navigation properties (getters returning child proxies), for load paths and toJSON. */
  protected readonly _navigationNames: readonly string[] = [];
  protected readonly _values = new Map<string, unknown>();
  private readonly _children = new Map<string, HostClientObject<unknown>>();
  private readonly _binding: Binding<T>;
  private _bound: { target: T | null } | undefined;
  /** isNullObject as last reported by a sync; undefined until then. */
  private _nullReported: boolean | undefined;
  /** For a navigation property's proxy: the proxy it belongs to and the property's name (its object path). */
  private _navigationOf: { parent: HostClientObject<unknown>; name: string } | undefined;

  constructor(context: HostRequestContext, binding: Binding<T>) {
    this.context = context;
    this._id = context._newId();
    this._binding = binding;
    if (binding.kind === 'fixed') this._bound = { target: binding.target };
    if (binding.kind === 'method') {
      context._enqueue({
        describe: () => ({ I: this._id, P: binding.parent?._id, M: binding.method, A: binding.args.map(describeArgument) }),
        owner: this,
        instantiates: true,
        run: (exec) => {
          const target = this._bind(exec);
          const isNull = target === null;
          exec.respond(binding.nullable ? { I: this._id, N: isNull } : undefined, () => {
            this._nullReported = isNull;
          });
        },
      });
    }
  }

  /** Office.js's ObjectPathInfo of this proxy: root, property (navigation), method, or item of a loaded collection. */
  _objectPath(): { info: Record<string, unknown>; parent?: PathOwner } {
    const binding = this._binding;
    if (binding.kind === 'method') {
      const info = { ObjectPathType: 3, Name: binding.method, ArgumentInfo: { Arguments: binding.args.map(describeArgument) } };
      return binding.parent ? { info, parent: binding.parent } : { info };
    }
    if (this._navigationOf) return { info: { ObjectPathType: 4, Name: this._navigationOf.name }, parent: this._navigationOf.parent };
    return { info: { ObjectPathType: binding.kind === 'fixed' && this._typeName === 'Workbook' ? 1 : 5, Name: '' } };
  }

  get isNullObject(): boolean {
    if (this._binding.kind !== 'method') return false;
    if (this._nullReported === undefined) throw propertyNotLoaded(this._typeName, 'isNullObject');
    return this._nullReported;
  }

  /** Raises an error when a bound target no longer exists (a deleted sheet, chart, comment...). */
  protected _checkAlive(_target: T, _exec: Execution): void {}

  private _bind(exec: Execution): T | null {
    if (this._binding.kind === 'fixed') return this._binding.target;
    if (this._binding.kind === 'navigation') return this._binding.resolve(exec);
    if (!this._bound) {
      const target = this._binding.resolve(exec);
      if (target === null && !this._binding.nullable) {
        throw itemNotFound(`${this._typeName} from ${this._binding.method}(${this._binding.args.map((a) => JSON.stringify(describeArgument(a))).join(', ')}) does not exist`);
      }
      this._bound = { target };
    }
    return this._bound.target;
  }

  /** The target in the workbook, or null for a null object. */
  _tryTarget(exec: Execution): T | null {
    const target = this._bind(exec);
    if (target !== null) this._checkAlive(target, exec);
    return target;
  }

  /** The target, which must exist: statements on a null object fail. */
  _target(exec: Execution, member: string): T {
    const target = this._tryTarget(exec);
    if (target === null) {
      throw itemNotFound(`${this._typeName}.${member}: the object does not exist (an ...OrNullObject call found nothing)`, `${this._typeName}.${member}`);
    }
    return target;
  }

  protected _get<V>(name: string): V {
    if (this._nullReported === true) return undefined as V;
    if (this._values.has(name)) return this._values.get(name) as V;
    throw propertyNotLoaded(this._typeName, name);
  }

  protected _set(name: string, value: unknown): void {
    const spec = this._properties[name];
    if (!spec?.write) throw invalidArgument(`${this._typeName}.${name} cannot be set`, `${this._typeName}.${name}`);
    const write = spec.write;
    this.context._enqueue({
      describe: () => ({ S: this._id, P: name, V: value }),
      owner: this,
      action: wireAction.setProperty(name, value),
      run: (exec) => write(this._target(exec, name), value, exec),
    });
    this._values.set(name, value);
  }

  /** Queues a method call that returns nothing. */
  protected _call(method: string, args: readonly unknown[], run: (target: T, exec: Execution) => void): void {
    this.context._enqueue({
      describe: () => ({ C: this._id, M: method, A: args.map(describeArgument) }),
      owner: this,
      action: wireAction.method(method, args.map(describeArgument)),
      run: (exec) => run(this._target(exec, method), exec),
    });
  }

  /** Queues a method call whose result is available after the sync. */
  protected _callForResult<V>(method: string, args: readonly unknown[], compute: (target: T, exec: Execution) => V): HostClientResult<V> {
    const result = new HostClientResult<V>();
    this.context._enqueue({
      describe: () => ({ C: this._id, M: method, A: args.map(describeArgument) }),
      owner: this,
      action: wireAction.method(method, args.map(describeArgument)),
      run: (exec) => {
        const value = compute(this._target(exec, method), exec);
        exec.respond({ R: this._id, V: value }, () => result._resolve(value));
      },
    });
    return result;
  }

  /** A navigation property's proxy, made once per parent. */
  protected _child<C extends HostClientObject<unknown>>(name: string, make: () => C): C {
    let child = this._children.get(name);
    if (!child) {
      child = make();
      child._navigationOf = { parent: this, name };
      this._children.set(name, child);
    }
    return child as C;
  }

  private _navigation(name: string): HostClientObject<unknown> | undefined {
    if (!this._navigationNames.includes(name)) return undefined;
    return (this as unknown as Record<string, HostClientObject<unknown>>)[name];
  }

  protected _parseLoad(option: LoadOption | undefined): ParsedLoad {
    const { paths, expand } = loadPaths(option);
    const parsed: ParsedLoad = { all: paths.length === 0 && expand.length === 0, names: [], navigation: new Map() };
    const addNavigation = (name: string, rest: string | undefined): void => {
      const list = parsed.navigation.get(name) ?? [];
      if (rest) list.push(rest);
      parsed.navigation.set(name, list);
    };
    for (const path of [...paths, ...expand]) {
      const slash = path.indexOf('/');
      const head = slash < 0 ? path : path.slice(0, slash);
      const rest = slash < 0 ? undefined : path.slice(slash + 1);
      if (this._navigationNames.includes(head)) addNavigation(head, rest);
      else if (rest !== undefined) throw invalidArgument(`${this._typeName} has no navigation property '${head}' (load path '${path}')`);
      else if (!this._properties[path]?.read) {
        throw invalidArgument(`${this._typeName} has no loadable property '${path}' in the in-memory host`, `${this._typeName}.load`);
      } else parsed.names.push(path);
    }
    return parsed;
  }

  protected _readableNames(): string[] {
    return Object.keys(this._properties).filter((n) => this._properties[n].read);
  }

  /** Reads properties now (during a sync) for a load; used directly for items of a loaded collection. */
  _readProperties(names: readonly string[], exec: Execution): Record<string, unknown> {
    const target = this._target(exec, 'load');
    const data: Record<string, unknown> = {};
    for (const name of names) data[name] = (this._properties[name].read as NonNullable<PropertySpec<T>['read']>)(target, exec);
    return data;
  }

  _commitProperties(data: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(data)) this._values.set(name, value);
    if (this._binding.kind === 'method') this._nullReported = false;
  }

  load(option?: LoadOption): this {
    const parsed = this._parseLoad(option);
    for (const [name, sub] of parsed.navigation) this._navigation(name)?.load(sub.length > 0 ? sub : undefined);
    const names = parsed.all ? this._readableNames() : parsed.names;
    if (names.length === 0 && !parsed.all) return this;
    this.context._enqueue({
      describe: () => ({ Q: this._id, P: names }),
      owner: this,
      action: wireAction.query(names),
      run: (exec) => {
        if (this._tryTarget(exec) === null) {
          exec.respond({ Q: this._id, N: true }, () => {
            this._nullReported = true;
          });
          return;
        }
        const data = this._readProperties(names, exec);
        exec.respond({ Q: this._id, ...data }, () => this._commitProperties(data));
      },
    });
    return this;
  }

  /** Sets several properties, including those of navigation properties ({ format: { fill: { color } } }). */
  set(properties: Record<string, unknown>, _options?: unknown): void {
    for (const [key, value] of Object.entries(properties)) {
      const child = this._navigation(key);
      if (child) child.set(value as Record<string, unknown>);
      else this._set(key, value);
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.fromEntries(this._values);
    for (const [name, child] of this._children) {
      const json = child.toJSON();
      if (Object.keys(json).length > 0) out[name] = json;
    }
    return out;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection proxy: items can be loaded (load('items/name') or load('name')) and counted. */
export abstract class HostClientCollection<T, TItemTarget, TItem extends HostClientObject<TItemTarget>> extends HostClientObject<T> {
  private _items: TItem[] | undefined;

  protected abstract _enumerate(target: T, exec: Execution): TItemTarget[];
  protected abstract _createItem(target: TItemTarget): TItem;
  /** Property names of one item, for load() without arguments. */
  protected abstract _itemPropertyNames(): string[];

  get items(): TItem[] {
    if (!this._items) throw propertyNotLoaded(this._typeName, 'items');
    return this._items;
  }

  override load(option?: LoadOption): this {
    const { paths, expand } = loadPaths(option);
    const names = [...paths, ...expand]
      .map((p) => (p.startsWith('items/') ? p.slice('items/'.length) : p))
      .filter((p) => p !== 'items' && p !== '$all');
    const known = this._itemPropertyNames();
    for (const name of names) {
      if (!known.includes(name)) {
        throw invalidArgument(`items of ${this._typeName} have no loadable property '${name}' in the in-memory host`, `${this._typeName}.load`);
      }
    }
    const wanted = names.length > 0 ? names : known;
    this.context._enqueue({
      describe: () => ({ Q: this._id, P: wanted.map((n) => `items/${n}`) }),
      owner: this,
      action: wireAction.query(wanted.map((n) => `items/${n}`)),
      run: (exec) => {
        const items = this._enumerate(this._target(exec, 'load'), exec).map((t) => this._createItem(t));
        const rows = items.map((item) => item._readProperties(wanted, exec));
        exec.respond({ Q: this._id, items: rows }, () => {
          items.forEach((item, i) => item._commitProperties(rows[i]));
          this._items = items;
        });
      },
    });
    return this;
  }

  getCount(): HostClientResult<number> {
    return this._callForResult('getCount', [], (target, exec) => this._enumerate(target, exec).length);
  }

  override toJSON(): Record<string, unknown> {
    return this._items ? { items: this._items.map((item) => item.toJSON()) } : {};
  }
}
