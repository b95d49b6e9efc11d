/**
 * The slice of the Office namespace an Excel add-in touches at start-up: Office.onReady, the display
 * language, requirement sets, and document settings (the same store as Workbook.settings here; set()
 * is visible at once and saveAsync() only reports success).
 */
import { jsonCopy } from './settingsProxy';
import type { HostState } from './state';

type AsyncCallback = (result: { status: 'succeeded' | 'failed'; value: unknown; error?: unknown }) => void;

function later(callback: AsyncCallback | undefined): void {
  if (callback) setTimeout(() => callback({ status: 'succeeded', value: undefined }), 0);
}

/** saveAsync(callback) and saveAsync(options, callback) both occur in Office.js code. */
function callbackOf(a?: unknown, b?: unknown): AsyncCallback | undefined {
  return (typeof a === 'function' ? a : typeof b === 'function' ? b : undefined) as AsyncCallback | undefined;
}

export function createOfficeNamespace(state: HostState) {
  const settings = state.workbook.settings;
  const documentSettings = {
    get(name: string): unknown {
      return settings.has(name) ? jsonCopy(settings.get(name), `Office settings '${name}'`) : null;
    },
    set(name: string, value: unknown): void {
      settings.set(name, jsonCopy(value, `Office settings '${name}'`));
    },
    remove(name: string): void {
      settings.delete(name);
    },
    saveAsync(a?: unknown, b?: unknown): void {
      later(callbackOf(a, b));
    },
    refreshAsync(a?: unknown, b?: unknown): void {
      later(callbackOf(a, b));
    },
    addHandlerAsync(_type: unknown, _handler: unknown, a?: unknown, b?: unknown): void {
      later(callbackOf(a, b));
    },
  };
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  return {
    HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      displayLanguage: state.options.displayLanguage,
      contentLanguage: state.options.displayLanguage,
      host: info.host,
      platform: info.platform,
      diagnostics: { host: info.host, platform: info.platform, version: '16.0.0.0' },
      requirements: { isSetSupported: (_name: string, _version?: string): boolean => true },
      document: { url: state.workbook.name, settings: documentSettings },
    },
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
      return Promise.resolve(info).then((value) => {
        callback?.(value);
        return value;
      });
    },
    initialize: undefined as undefined | (() => void),
  };
}

export type HostOfficeNamespace = ReturnType<typeof createOfficeNamespace>;
