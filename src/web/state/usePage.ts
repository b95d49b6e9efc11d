import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Text } from '../../policy';
import { text } from '../../policy';
import type { FileRole } from '../../check';
import type { Notice } from '../../taskpane/state/validateState';
import type { CheckResult, Reply, Request } from '../worker/protocol';
import { CancelledError, CheckClient } from '../worker/checkClient';
import type { PageFile } from './pageFile';
import { freeName, sameBytes } from './pageFile';

export type Phase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export type RunProgress =
  | { readonly phase: 'read'; readonly file: string; readonly done: number; readonly total: number }
  | { readonly phase: 'check'; readonly done: number; readonly total: number };

/** A notice as the pane's (validateState.ts), said in both languages: the page switches language at any time. */
export interface PageNotice {
  readonly intent: Notice['intent'];
  readonly text: Text;
}

export interface PageState {
  readonly files: ReadonlyArray<PageFile>;
  readonly phase: Phase;
  readonly progress: RunProgress | null;
  readonly result: CheckResult | null;
  /** The files or their roles changed since the results were made. */
  readonly stale: boolean;
  readonly notices: ReadonlyArray<PageNotice>;
}

export interface PageActions {
  add(files: ReadonlyArray<{ readonly name: string; readonly bytes: Uint8Array }>): void;
  remove(id: number): void;
  setRole(id: number, role: FileRole): void;
  /** Adds the updated paid register (after 登记为已发放) in place of the register it was made from (null: none). */
  replacePaid(name: string, bytes: Uint8Array, from: string | null): void;
  run(asOf: number): Promise<void>;
  cancel(): void;
  /** A request about the last run (downloads, explain); rejects on failure with its message. */
  ask(request: Request): Promise<Reply>;
  notify(notice: PageNotice | null): void;
}

let nextId = 1;

/** What the worker said went wrong, in both languages. */
export class PageError extends Error {
  readonly messageText: Text;
  constructor(message: Text) {
    super(message.en);
    this.messageText = message;
  }
}

export const failureText = (error: unknown): Text => {
  if (error instanceof PageError) return error.messageText;
  const why = error instanceof Error ? error.message : String(error);
  return text(`出错了：${why}`, `something went wrong: ${why}`);
};

/** The page's files, the worker that reads and checks them, and the last run's results. */
export function usePage(): [PageState, PageActions] {
  const client = useMemo(() => new CheckClient(), []);
  const [files, setFiles] = useState<ReadonlyArray<PageFile>>([]);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [stale, setStale] = useState(false);
  const [notices, setNotices] = useState<ReadonlyArray<PageNotice>>([]);
  const filesRef = useRef(files);
  filesRef.current = files;

  const update = useCallback((id: number, change: Partial<PageFile>) => setFiles((all) => all.map((f) => (f.id === id ? { ...f, ...change } : f))), []);

  const recognise = useCallback(
    (file: PageFile) => {
      client
        .request({ type: 'recognise', file: { id: file.id, name: file.name, role: file.role, bytes: file.bytes } })
        .then((reply) => {
          if (reply.type === 'recognised') {
            setFiles((all) => all.map((f) => (f.id === file.id ? { ...f, status: 'read', recognised: reply.role, role: f.recognised === null && f.role === file.role ? reply.role : f.role, sheets: reply.sheets } : f)));
          } else if (reply.type === 'unreadable') update(file.id, { status: 'unreadable', reason: reply.reason });
        })
        // Cancelled: read again when checked.
        .catch(() => update(file.id, { status: 'waiting' }));
    },
    [client, update],
  );

  useEffect(() => () => client.cancel(), [client]);

  const add: PageActions['add'] = useCallback(
    (added) => {
      const current = filesRef.current;
      const taken = new Set(current.map((f) => f.name));
      const fresh: PageFile[] = [];
      const said: PageNotice[] = [];
      for (const a of added) {
        const same = [...current, ...fresh].find((f) => f.name === a.name && sameBytes(f.bytes, a.bytes));
        if (same) {
          said.push({ intent: 'info', text: text(`${a.name} 已经加入，未重复加入`, `${a.name} is already in the list: not added again`) });
          continue;
        }
        const name = freeName(a.name, taken);
        taken.add(name);
        if (name !== a.name) said.push({ intent: 'info', text: text(`另一个文件也叫 ${a.name}，这个改称 ${name}`, `Another file is called ${a.name}: this one is listed as ${name}`) });
        fresh.push({ id: nextId++, name, bytes: a.bytes, role: 'roster', recognised: null, status: 'reading' });
      }
      if (fresh.length === 0 && said.length === 0) return;
      setFiles((all) => [...all, ...fresh]);
      setNotices(said);
      setStale(true);
      fresh.forEach(recognise);
    },
    [recognise],
  );

  const remove = useCallback(
    (id: number) => {
      setFiles((all) => all.filter((f) => f.id !== id));
      void client.request({ type: 'forget', id }).catch(() => undefined);
      setStale(true);
    },
    [client],
  );

  const setRole = useCallback(
    (id: number, role: FileRole) => {
      update(id, { role });
      setStale(true);
    },
    [update],
  );

  const replacePaid = useCallback(
    (name: string, bytes: Uint8Array, from: string | null) => {
      // The other paid registers stay: their persons are still paid.
      const replaced = (f: PageFile) => f.role === 'paid' && f.name === from;
      const old = filesRef.current.filter(replaced);
      const taken = new Set(filesRef.current.filter((f) => !replaced(f)).map((f) => f.name));
      const file: PageFile = { id: nextId++, name: freeName(name, taken), bytes, role: 'paid', recognised: null, status: 'reading' };
      setFiles((all) => [...all.filter((f) => !replaced(f)), file]);
      for (const f of old) void client.request({ type: 'forget', id: f.id }).catch(() => undefined);
      setStale(true);
      recognise(file);
    },
    [client, recognise],
  );

  const run = useCallback(
    async (asOf: number) => {
      const now = filesRef.current;
      setPhase('running');
      setNotices([]);
      setProgress(null);
      try {
        const reply = await client.request({ type: 'check', files: now.map((f) => ({ id: f.id, name: f.name, role: f.role, bytes: f.bytes })), asOf }, (r) => {
          if (r.type !== 'progress') return;
          setProgress(r.phase === 'read' ? { phase: 'read', file: r.file, done: r.done + 1, total: r.total } : { phase: 'check', done: r.progress.done, total: r.progress.total });
        });
        if (reply.type === 'failed') throw new PageError(reply.message);
        if (reply.type !== 'checked') return;
        setResult(reply.result);
        setStale(false);
        setPhase('done');
        // Files read only now (after a cancel) are marked read.
        setFiles((all) => all.map((f) => (f.status === 'waiting' ? { ...f, status: 'read' } : f)));
      } catch (error) {
        if (error instanceof CancelledError) {
          setPhase('cancelled');
          // The worker that held the last run is gone, and its downloads with it.
          setResult(null);
          setFiles((all) => all.map((f) => (f.status === 'reading' ? { ...f, status: 'waiting' } : f)));
        } else {
          setPhase('failed');
          setNotices([{ intent: 'error', text: failureText(error) }]);
        }
      } finally {
        setProgress(null);
      }
    },
    [client],
  );

  const cancel = useCallback(() => client.cancel(), [client]);

  const ask = useCallback(
    async (request: Request) => {
      const reply = await client.request(request);
      if (reply.type === 'failed') throw new PageError(reply.message);
      return reply;
    },
    [client],
  );

  const notify = useCallback((notice: PageNotice | null) => setNotices(notice ? [notice] : []), []);

  return [
    { files, phase, progress, result, stale, notices },
    { add, remove, setRole, replacePaid, run, cancel, ask, notify },
  ];
}
