/**
 * OfficeExtension.EventHandlers: add() and remove() are statements like any other, live after the sync.
 * Remove a handler the Office.js way: Excel.run(result.context, async (ctx) => { result.remove(); await ctx.sync(); }).
 */
import type { HostRequestContext } from './context';
import type { HostEventHandler, HostEventName } from './events';

export interface HostEventHandlerResult {
  readonly context: HostRequestContext;
  remove(): void;
}

export class HostEventHandlers {
  constructor(
    private readonly context: HostRequestContext,
    private readonly name: HostEventName,
  ) {}

  add(handler: HostEventHandler): HostEventHandlerResult {
    const { context, name } = this;
    const hub = context._state.events;
    context._enqueue({
      describe: () => ({ E: name, add: true }),
      run: (exec) => {
        hub.add(name, handler);
        exec.journal.record(() => hub.remove(name, handler));
      },
    });
    return {
      context,
      remove: () =>
        context._enqueue({
          describe: () => ({ E: name, remove: true }),
          run: (exec) => {
            hub.remove(name, handler);
            exec.journal.record(() => hub.add(name, handler));
          },
        }),
    };
  }
}
