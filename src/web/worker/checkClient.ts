import workerSource from 'jl-check-worker-source';
import type { Envelope, Reply, Request } from './protocol';

type Listener = (reply: Reply) => void;

interface Pending {
  readonly listener: Listener;
  resolve(reply: Reply): void;
  reject(error: Error): void;
}

/** Replies that end a request; every other reply (progress) is passed on while it runs. */
const FINAL: ReadonlySet<Reply['type']> = new Set(['recognised', 'unreadable', 'checked', 'bytes', 'plan', 'explained', 'failed']);

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * The page's side of the worker. The worker is started from a Blob URL of its own source, bundled into this page:
 * Chromium refuses `new Worker('file.js')` from a page opened from disk (its origin is opaque), and a Blob URL worker
 * starts the same from file:// and http(s). Cancelling terminates it (the check stops at once, even mid-file) and
 * starts a new one; what the old one had read is read again when next needed.
 */
export class CheckClient {
  private worker: Worker;
  private readonly url: string;
  private next = 1;
  private readonly pending = new Map<number, Pending>();

  constructor() {
    this.url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = new Worker(this.url);
    worker.onmessage = (event: MessageEvent<Envelope<Reply>>) => {
      const { requestId, body } = event.data;
      const p = this.pending.get(requestId);
      if (!p) return;
      if (!FINAL.has(body.type)) {
        p.listener(body);
        return;
      }
      this.pending.delete(requestId);
      p.resolve(body);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || 'worker error');
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    return worker;
  }

  request(body: Request, listener: Listener = () => undefined): Promise<Reply> {
    const requestId = this.next++;
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(requestId, { listener, resolve, reject });
      const message: Envelope<Request> = { requestId, body };
      this.worker.postMessage(message);
    });
  }

  /** Stops whatever the worker is doing: every request under way ends in CancelledError. */
  cancel(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new CancelledError());
    this.pending.clear();
    this.worker = this.start();
  }
}
