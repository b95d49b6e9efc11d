/**
 * The request context: statements queue up on proxies and run, in order, when sync() is awaited.
 * Each sync is one round trip; its request and response are measured as JSON and refused over the limit.
 */
import { HostError, HostErrorCode } from './errors';
import type { HostEventRecord } from './events';
import { Journal } from './journal';
import type { HostWorkbook } from './model';
import { jsonBytes } from './payload';
import type { HostRequestStat, HostState } from './state';
import { wireRequestBody, type WireStatement } from './wireRequest';
import { Workbook } from './workbookProxy';

/** One statement of a batch: what it sends (its wire form, for the byte count) and what it does in the workbook. */
export interface QueuedAction extends WireStatement {
  describe(): unknown;
  run(exec: Execution): void;
}

/** The server side of one sync. */
export class Execution {
  readonly journal = new Journal();
  readonly events: HostEventRecord[] = [];
  private readonly responses: { payload: unknown; commit: () => void }[] = [];

  constructor(readonly state: HostState) {}

  get workbook(): HostWorkbook {
    return this.state.workbook;
  }

  /** Queues a result for the response; commit() copies it into the proxy once the whole batch succeeded. */
  respond(payload: unknown, commit: () => void): void {
    this.responses.push({ payload, commit });
  }

  emit(record: HostEventRecord): void {
    this.events.push(record);
  }

  responseBytes(): number {
    return jsonBytes(this.responses.filter((r) => r.payload !== undefined).map((r) => r.payload));
  }

  commitResults(): void {
    for (const response of this.responses) response.commit();
  }
}

function nextTask(delayMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, delayMs));
}

export class HostRequestContext {
  readonly _state: HostState;
  private _queue: QueuedAction[] = [];
  private _nextId = 1;
  /** True while a batch runs: proxies created then (collection items) are bound, not queued. */
  _executing = false;
  /** Set when the Excel.run that made this context has finished. */
  _closed = false;
  readonly requestHeaders: Record<string, string> = {};
  /** Kept for API compatibility; objects are not carried across Excel.run calls in this host. */
  readonly trackedObjects = {
    add(_objects: unknown): void {},
    remove(_objects: unknown): void {},
  };
  readonly workbook: Workbook;

  constructor(state: HostState) {
    this._state = state;
    this.workbook = new Workbook(this);
  }

  _newId(): number {
    return this._nextId++;
  }

  _enqueue(action: QueuedAction): void {
    if (this._closed) {
      throw new HostError(
        HostErrorCode.invalidRequestContext,
        'This request context belongs to an Excel.run that has finished; queue statements inside the run (did an await go missing?)',
      );
    }
    if (this._executing) return;
    this._queue.push(action);
  }

  load(object: { load(option?: unknown): unknown }, option?: unknown): void {
    object.load(option);
  }

  trace(_message: string): void {}

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this._queue.map((a) => JSON.stringify(a.describe())) };
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this._closed) {
      throw new HostError(HostErrorCode.invalidRequestContext, 'context.sync() was called after its Excel.run finished');
    }
    const actions = this._queue;
    this._queue = [];
    if (actions.length === 0) {
      await nextTask(0);
      return passThroughValue as T;
    }
    const { stats, options } = this._state;
    const stat: HostRequestStat = { bytesSent: jsonBytes(wireRequestBody(actions, this._nextId)), bytesReceived: 0 };
    stats.syncCount += 1;
    stats.requests.push(stat);
    stats.largestPayloadBytes = Math.max(stats.largestPayloadBytes, stat.bytesSent);
    await nextTask(options.syncDelayMs);
    if (stat.bytesSent > options.payloadLimitBytes) {
      stat.rejected = HostErrorCode.requestPayloadSizeLimitExceeded;
      throw new HostError(
        HostErrorCode.requestPayloadSizeLimitExceeded,
        `The request payload size has exceeded the limit: ${stat.bytesSent} bytes queued, the limit is ${options.payloadLimitBytes}. ` +
          'Sync smaller batches (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).',
      );
    }
    const exec = new Execution(this._state);
    this._executing = true;
    try {
      for (const action of actions) action.run(exec);
    } catch (error) {
      stat.rejected = error instanceof HostError ? error.code : HostErrorCode.generalException;
      this._state.afterChange(exec.events, exec.journal.changed);
      throw error instanceof HostError
        ? error
        : new HostError(HostErrorCode.generalException, `The in-memory host failed: ${String(error)}`, undefined, error);
    } finally {
      this._executing = false;
    }
    stat.bytesReceived = exec.responseBytes();
    stats.largestPayloadBytes = Math.max(stats.largestPayloadBytes, stat.bytesReceived);
    if (stat.bytesReceived > options.payloadLimitBytes) {
      exec.journal.rollback();
      stat.rejected = HostErrorCode.responsePayloadSizeLimitExceeded;
      throw new HostError(
        HostErrorCode.responsePayloadSizeLimitExceeded,
        `The response payload size has exceeded the limit: ${stat.bytesReceived} bytes loaded, the limit is ${options.payloadLimitBytes}. ` +
          'Load fewer rows per sync; nothing in this batch was applied.',
      );
    }
    exec.commitResults();
    this._state.afterChange(exec.events, exec.journal.changed);
    return passThroughValue as T;
  }
}

/**
 * Excel.run: the batch on a fresh context (or on `reuse`, as Excel.run(result.context, batch) does to
 * remove an event handler), then a final sync of whatever is still queued.
 */
export async function runBatch<T>(
  state: HostState,
  batch: (context: HostRequestContext) => Promise<T>,
  reuse?: HostRequestContext,
): Promise<T> {
  if (typeof batch !== 'function') {
    throw new HostError(HostErrorCode.invalidArgument, 'Excel.run needs a batch function');
  }
  const context = reuse ?? new HostRequestContext(state);
  context._closed = false;
  state.stats.runCount += 1;
  try {
    const pending = batch(context) as unknown;
    if (pending === null || pending === undefined || typeof (pending as Promise<T>).then !== 'function') {
      throw new HostError(HostErrorCode.runMustReturnPromise, 'The batch function passed to Excel.run must return a promise (make it async)');
    }
    const result = await (pending as Promise<T>);
    return await context.sync(result);
  } finally {
    context._closed = true;
  }
}
