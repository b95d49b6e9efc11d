/**
 * A sync's request as Office.js puts it on the wire (OfficeExtension's ClientRequest body): every statement is an
 * ActionInfo, and every proxy a statement touches travels as an ObjectPathInfo in ObjectPaths, together with an
 * Instantiate action for it and for each of its parents (range.format.fill is three paths). Measuring this shape,
 * not a compact one, is what shows that a batch of thousands of small per-cell statements goes over 5 MB.
 */

/** A proxy as the request sees it: its object path, and the proxy it hangs from. */
export interface PathOwner {
  readonly _id: number;
  _objectPath(): { readonly info: Record<string, unknown>; readonly parent?: PathOwner };
}

/** One queued statement in wire terms. */
export interface WireStatement {
  /** The proxy the statement is on; its path (and its parents') travel with the request. */
  readonly owner?: PathOwner;
  /** True for the creation of a proxy by a method (getRange, getItemOrNullObject): its Instantiate action is the statement. */
  readonly instantiates?: boolean;
  /** The ActionInfo without Id and ObjectPathId. */
  readonly action?: Record<string, unknown>;
}

export function wireRequestBody(statements: ReadonlyArray<WireStatement>, firstActionId: number): unknown {
  const objectPaths: Record<number, unknown> = {};
  const actions: unknown[] = [];
  let nextId = firstActionId;
  const instantiate = (owner: PathOwner | undefined): void => {
    if (!owner || objectPaths[owner._id] !== undefined) return;
    const { info, parent } = owner._objectPath();
    instantiate(parent);
    objectPaths[owner._id] = { Id: owner._id, ...info, ...(parent ? { ParentObjectPathId: parent._id } : {}) };
    actions.push({ Id: nextId++, ActionType: 1, Name: '', ObjectPathId: owner._id });
  };
  for (const statement of statements) {
    instantiate(statement.owner);
    if (statement.instantiates || !statement.action) continue;
    actions.push({ Id: nextId++, ...statement.action, ObjectPathId: statement.owner?._id ?? 0 });
  }
  return { AutoKeepReference: false, Actions: actions, ObjectPaths: objectPaths };
}

/** ActionInfo shapes (ActionType as Office.js numbers them). */
export const wireAction = {
  setProperty: (name: string, value: unknown) => ({ ActionType: 4, Name: name, ArgumentInfo: { Arguments: [value] } }),
  method: (name: string, args: readonly unknown[]) => ({ ActionType: 3, Name: name, ArgumentInfo: { Arguments: args } }),
  query: (select: readonly string[]) => ({ ActionType: 2, Name: '', QueryInfo: { Select: select, Expand: [], Skip: null, Top: null } }),
};
