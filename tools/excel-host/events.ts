/**
 * Event registrations (workbook.onSelectionChanged, worksheets.onActivated, ...). Handlers registered by
 * an add-in become live at the sync that sends the registration, and run asynchronously, as in Excel.
 */

export type HostEventName = 'WorkbookSelectionChanged' | 'WorksheetSelectionChanged' | 'WorksheetActivated' | 'WorksheetChanged';

export interface HostEventRecord {
  readonly name: HostEventName;
  readonly worksheetId?: string;
  /** Address without the sheet name, as the event arguments carry it. */
  readonly address?: string;
  /** 'ThisLocalAddin' for changes made through the API, 'Unknown' for the user's. */
  readonly triggerSource?: 'ThisLocalAddin' | 'Unknown';
}

export type HostEventHandler = (args: unknown) => unknown;

export class EventHub {
  private readonly handlers = new Map<HostEventName, Set<HostEventHandler>>();
  /** Every delivery dispatched so far, settled when its handlers have returned (their promises included). */
  private delivered: Promise<void> = Promise.resolve();
  /** Errors thrown by handlers; Excel swallows them, tests may inspect them. */
  readonly errors: unknown[] = [];

  add(name: HostEventName, handler: HostEventHandler): void {
    let set = this.handlers.get(name);
    if (!set) {
      set = new Set();
      this.handlers.set(name, set);
    }
    set.add(handler);
  }

  remove(name: HostEventName, handler: HostEventHandler): void {
    this.handlers.get(name)?.delete(handler);
  }

  has(name: HostEventName): boolean {
    return (this.handlers.get(name)?.size ?? 0) > 0;
  }

  /** Runs the handlers of each record on a later task; makeArgs builds the arguments Excel would pass. */
  dispatch(records: readonly HostEventRecord[], makeArgs: (record: HostEventRecord) => unknown): void {
    const calls: [HostEventHandler, HostEventRecord][] = [];
    for (const record of records) for (const handler of this.handlers.get(record.name) ?? []) calls.push([handler, record]);
    if (calls.length === 0) return;
    const delivery = new Promise<void>((resolve) => {
      setTimeout(() => {
        const runs = calls.map(([handler, record]) =>
          Promise.resolve()
            .then(() => handler(makeArgs(record)))
            .catch((error: unknown) => {
              this.errors.push(error);
            }),
        );
        void Promise.all(runs).then(() => resolve());
      }, 0);
    });
    this.delivered = Promise.all([this.delivered, delivery]).then(() => undefined);
  }

  /**
   * Resolves when every event dispatched so far, and every event those handlers caused in turn, has reached its
   * handlers and they have finished: what a test awaits instead of sleeping for an arbitrary time.
   */
  async settled(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.delivered;
      await seen;
    } while (seen !== this.delivered);
  }
}
