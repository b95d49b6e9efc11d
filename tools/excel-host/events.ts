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
    setTimeout(() => {
      for (const [handler, record] of calls) {
        Promise.resolve()
          .then(() => handler(makeArgs(record)))
          .catch((error: unknown) => this.errors.push(error));
      }
    }, 0);
  }
}
