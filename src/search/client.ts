import { Meilisearch, type Task } from 'meilisearch';
import { AppError } from '../errors.js';

export interface ClientOptions {
  url: string;
  apiKey: string;
  requestTimeoutMs: number;
  taskTimeoutMs: number;
}

/**
 * Every Meilisearch client goes through here. `accept-encoding: identity` avoids a measured ~40 ms stall per
 * compressed response on loopback (docs/meilisearch.md); bench/ keeps a check on it.
 */
export function createClient(opts: ClientOptions): Meilisearch {
  return new Meilisearch({
    host: opts.url,
    apiKey: opts.apiKey,
    timeout: opts.requestTimeoutMs,
    requestInit: { headers: { 'accept-encoding': 'identity' } },
    defaultWaitOptions: { timeout: opts.taskTimeoutMs, interval: 50 },
  });
}

/** The client resolves failed tasks instead of throwing; this turns them into errors. */
export function assertSucceeded(task: Task, what: string): Task {
  if (task.status !== 'succeeded') {
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
    throw new AppError('SEARCH_TASK_FAILED', `${what} failed (task ${task.uid}): ${reason}`);
  }
  return task;
}

/** Wraps errors from the engine (network, 5xx, timeouts) as SEARCH_UNAVAILABLE, keeping the cause. */
export async function engineCall<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('SEARCH_UNAVAILABLE', `${what}: ${(err as Error).message}`, { cause: err, status: 503 });
  }
}
